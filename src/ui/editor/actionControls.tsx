// Controls generated from the action registry: buttons, and menu entries.
import { ariaBinding, formatBinding } from "../../actions/keys";
import { action, isAvailable, runAction } from "../../actions/registry";
import { actionStateNow } from "../../actions/state";
import type { Action, ActionContext } from "../../actions/types";
import { useUi } from "../../actions/uiState";
import { useEditor } from "../../store/editorStore";
import { useCollab } from "../../store/liveSession";
import { Icon } from "../common/icons";
import type { MenuEntry } from "../common/Menu";

/** Every key of an action, for aria-keyshortcuts. */
export const ariaKeys = (a: Action) => a.keys?.map((k) => ariaBinding(k)).join(" ") || undefined;

/** The first key of an action, as people read it. */
export const shownKeys = (a: Action) => (a.keys?.[0] ? formatBinding(a.keys[0]) : undefined);

/** Whether the action is usable and (for toggles) on; re-renders only when that changes. */
export function useActionStatus(a: Action): { available: boolean; pressed: boolean } {
  const ui = useUi();
  const inSession = useCollab((s) => s.link !== null);
  const bits = useEditor((editor) => {
    const state = { editor, ui, inSession };
    return `${isAvailable(a, state) ? 1 : 0}${a.pressed?.(state) ? 1 : 0}`;
  });
  return { available: bits[0] === "1", pressed: bits[1] === "1" };
}

export function ActionButton({
  id,
  className = "tool",
  short = false,
  iconOnly = false,
}: {
  id: string;
  className?: string;
  /** Show the action's short label (the full label stays the tooltip). */
  short?: boolean;
  /** Show only the icon; the label is the accessible name and the tooltip. */
  iconOnly?: boolean;
}) {
  const a = action(id);
  const { available, pressed } = useActionStatus(a);
  const keys = shownKeys(a);
  const text = short ? (a.shortLabel ?? a.label) : a.label;
  return (
    <button
      type="button"
      className={className}
      disabled={!available}
      aria-pressed={a.pressed ? pressed : undefined}
      aria-keyshortcuts={ariaKeys(a)}
      aria-label={iconOnly ? a.label : undefined}
      title={keys ? `${a.label} (${keys})` : a.label}
      onClick={() => void runAction(a)}
    >
      <Icon name={a.icon} />
      {!iconOnly && <span>{text}</span>}
    </button>
  );
}

/**
 * Menu entries for these actions as they stand now. An action with choices
 * becomes a section of radio items; a toggle becomes a checkbox item.
 */
export function actionEntries(
  ids: readonly string[],
  options: { context?: ActionContext; labels?: Record<string, string> } = {},
): MenuEntry[] {
  const state = actionStateNow();
  return ids.flatMap((id): MenuEntry[] => {
    const a = action(id);
    const disabled = !isAvailable(a, state);
    if (a.choices) {
      const chosen = a.chosen?.(state);
      return a.choices(state).map((choice) => ({
        kind: "radio",
        label: choice.label,
        checked: choice.value === chosen,
        disabled,
        section: choice.section ?? a.label,
        onSelect: () => void runAction(a, { ...options.context, value: choice.value }),
      }));
    }
    return [
      {
        kind: a.pressed ? "check" : "item",
        checked: a.pressed?.(state),
        label: options.labels?.[id] ?? a.label,
        icon: a.icon,
        disabled,
        shortcut: shownKeys(a),
        ariaKeys: ariaKeys(a),
        onSelect: () => void runAction(a, options.context),
      },
    ];
  });
}
