// Rebasing a field's edit over someone else's concurrent typing, so both
// survive (the side panel's description is shared text).
import { diffText, moveCaret } from "./textDiff";

/**
 * The text a field's edit (`before` → `after`) should leave when the shared
 * text already reads `current` (someone else's typing that the field has not
 * shown yet): the field's own change, moved past theirs, so both survive.
 */
export function rebaseEdit(before: string, after: string, current: string): string {
  if (current === before) return after;
  const mine = diffText(before, after);
  if (!mine) return current;
  const theirs = diffText(before, current);
  if (!theirs) return after;
  const start = moveCaret(mine.index, theirs);
  const end = Math.max(start, moveCaret(mine.index + mine.deleteCount, theirs));
  return current.slice(0, start) + mine.insert + current.slice(end);
}
