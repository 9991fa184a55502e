// Every user action, in the order menus and lists show them, and the one place
// an action runs: a write is refused here while the document is read-only.
import { writableDoc } from "../store/actions";
import { ADD_ACTIONS } from "./add";
import { ARRANGE_ACTIONS } from "./arrange";
import { EDIT_ACTIONS } from "./edit";
import { FILE_ACTIONS } from "./file";
import { HELP_ACTIONS } from "./help";
import { SESSION_ACTIONS } from "./session";
import { actionStateNow, isReadOnly } from "./state";
import type { Action, ActionContext, ActionState } from "./types";
import { VIEW_ACTIONS } from "./view";

export const ACTIONS: readonly Action[] = [
  ...ADD_ACTIONS,
  ...EDIT_ACTIONS,
  ...ARRANGE_ACTIONS,
  ...VIEW_ACTIONS,
  ...FILE_ACTIONS,
  ...SESSION_ACTIONS,
  ...HELP_ACTIONS,
];

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

export function action(id: string): Action {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No action "${id}"`);
  return found;
}

/** Whether a control for it should be usable now (writes are off while read-only). */
export function isAvailable(a: Action, state: ActionState): boolean {
  return (a.enabled?.(state) ?? true) && !(a.writes && isReadOnly(state));
}

/**
 * Runs an action if it can run now. A write on a read-only document is refused
 * here, with the read-only message, whichever control or key asked for it.
 */
export async function runAction(a: Action | string, context: ActionContext = {}): Promise<void> {
  const chosen = typeof a === "string" ? action(a) : a;
  if (chosen.enabled && !chosen.enabled(actionStateNow())) return;
  if (chosen.writes && !writableDoc()) return;
  await chosen.perform(context);
}
