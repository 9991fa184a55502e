// What a draft-then-commit field writes when the person finishes: their own
// change (from the text the draft started from to the draft) moved onto what
// the document holds now, so a peer's edit elsewhere in the text survives.
// Where both changed the same words no merge of the two reads right, so this
// person's draft is written as they see it and the peer's text it replaced
// is handed back, to be shown so it can be got back.

import { rebaseEdit } from "../domain/rebaseEdit";
import { diffText, type Splice } from "../domain/textDiff";

export interface Merged {
  /** The text to write. */
  text: string;
  /** The document's text as the peer left it, when the write replaces some of the peer's words; else null. */
  replaced: string | null;
}

/** `base` → `draft` is this person's edit; `current` is what the document holds now. */
export function mergeDraft(base: string, draft: string, current: string): Merged {
  const mine = diffText(base, draft);
  const theirs = diffText(base, current);
  if (!mine) return { text: current, replaced: null };
  if (!theirs) return { text: draft, replaced: null };
  if (clash(mine, theirs)) return { text: draft, replaced: current };
  return { text: rebaseEdit(base, draft, current), replaced: null };
}

/** Whether two changes of the same text touch the same place, so that applying both would lose or mangle one. */
function clash(a: Splice, b: Splice): boolean {
  const aEnd = a.index + a.deleteCount;
  const bEnd = b.index + b.deleteCount;
  if (a.index < bEnd && b.index < aEnd) return true; // both replace some of the same characters
  if (b.deleteCount === 0 && a.index <= b.index && b.index < aEnd) return true; // typed where the other deletes
  if (a.deleteCount === 0 && b.index <= a.index && a.index < bEnd) return true;
  return a.deleteCount === 0 && b.deleteCount === 0 && a.index === b.index; // both typed at one place
}
