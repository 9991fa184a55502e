// The command palette's list: every action that can run now, by name, with
// its group and first key; an action with choices lists each choice. Actions
// that cannot run now are left out. Filtering: every typed word, in any
// order, case-insensitive, somewhere in the name or group.
import { formatBinding } from "./keys";
import { ACTIONS, isAvailable } from "./registry";
import type { Action, ActionContext, ActionGroup, ActionState } from "./types";

export interface Command {
  key: string;
  label: string;
  group: ActionGroup;
  keys?: string;
  icon?: string;
  action: Action;
  context: ActionContext;
}

export function paletteCommands(state: ActionState, mac?: boolean): Command[] {
  return ACTIONS.filter((a) => a.id !== "palette" && isAvailable(a, state)).flatMap(
    (a): Command[] => {
      const base = { group: a.group, icon: a.icon, action: a };
      if (a.choices) {
        const chosen = a.chosen?.(state);
        return a
          .choices(state)
          .filter((c) => c.value !== chosen)
          .map((c) => ({
            ...base,
            key: `${a.id}:${c.value}`,
            label: `${a.label}: ${c.label}`,
            context: { value: c.value },
          }));
      }
      const keys = a.keys?.[0] ? formatBinding(a.keys[0], mac) : undefined;
      return [{ ...base, key: a.id, label: a.label, keys, context: {} }];
    },
  );
}

export function filterCommands(commands: Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return commands;
  return commands.filter((c) => {
    const text = `${c.label} ${c.group}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
