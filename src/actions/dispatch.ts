// The one keyboard dispatcher: a key press or a clipboard event runs the
// action bound to it. Nothing acts while the person types in a field, while a
// modal dialog is open, or inside a menu (which handles its own keys).
import { matches, parseBinding } from "./keys";
import { ACTIONS, runAction } from "./registry";
import { actionStateNow } from "./state";
import type { Action } from "./types";
import { isTypingTarget } from "./typing";

const BOUND = ACTIONS.flatMap((a) =>
  a.clipboardEvent ? [] : (a.keys ?? []).map((k) => ({ action: a, binding: parseBinding(k) })),
);

const inField = (target: EventTarget | null) =>
  isTypingTarget(target) || document.querySelector("dialog[open]") !== null;

/** Focus is on the canvas itself (an element, a link, the pane) or on nothing. */
function focusOnCanvas(): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  return active.closest(".toc-canvas") !== null && !active.closest("button, a");
}

/** For keydown, in the capture phase: the canvas library never sees a key we handle. */
export function dispatchKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || inField(event.target)) return;
  if (event.target instanceof Element && event.target.closest('[role="menu"]')) return;
  const found = BOUND.find(({ binding }) => matches(binding, event));
  if (!found) return;
  const { action, binding } = found;
  if (action.scope === "canvas" && !focusOnCanvas()) return;
  const enabled = action.enabled?.(actionStateNow()) ?? true;
  // A disabled plain key passes on (arrows scroll, Enter presses a button); a
  // disabled Ctrl/⌘ key still must not reach the browser (Ctrl+D bookmarks).
  if (!enabled && !binding.mod) return;
  event.preventDefault();
  event.stopPropagation();
  if (enabled) void runAction(action, { shift: event.shiftKey });
}

/** For copy, cut and paste events: the clipboard comes with the event. */
export function dispatchClipboard(event: ClipboardEvent): void {
  if (inField(event.target)) return;
  const found: Action | undefined = ACTIONS.find((a) => a.clipboardEvent === event.type);
  if (!found || !(found.enabled?.(actionStateNow()) ?? true)) return;
  event.preventDefault();
  void runAction(found, { clipboard: event.clipboardData });
}
