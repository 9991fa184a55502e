// The one draft-then-commit text field: the person types into a draft, and
// the document is written when they finish (Enter, leaving the field, Save),
// so one edit is one undo step. Until they change something the field shows
// what the document holds, also while it has focus, so a peer's edit shows at
// once. Finishing writes only when this person changed something, and then
// only their change, moved onto what the document holds by then (mergeDraft).
// A draft they are typing is never replaced under their cursor.
import { useRef, useState } from "react";
import { quoted } from "../domain/text";
import { showMessage } from "../store/notices";
import { mergeDraft } from "./mergeDraft";

export interface Draft {
  /** What the field shows. */
  text: string;
  /** This person has changed the text and not yet finished (the field shows their draft). */
  edited: boolean;
  change(text: string): void;
  /** Writes this person's change, if they made one. */
  commit(): void;
  /** Drops the draft: the field shows what the document holds (Escape). */
  reset(): void;
}

interface Edit {
  /** The document's value when this person started changing it. */
  base: string;
  text: string;
}

/** The most of a peer's replaced text the message quotes. */
const QUOTE_LENGTH = 300;

/**
 * `onCommit` receives the text to write; returning false refuses it (it stays
 * in the field to fix). `label` names the field in the message shown when the
 * write replaced a peer's words; `undoable` says whether Undo brings theirs back.
 */
export function useDraft(
  value: string,
  onCommit: (text: string) => unknown,
  { label, undoable = true }: { label: string; undoable?: boolean },
): Draft {
  const [edit, setEditState] = useState<Edit | null>(null);
  // Read by commit, which may run twice before a render (Enter, then leaving the field).
  const latest = useRef({ edit, value });
  latest.current.value = value;
  const setEdit = (next: Edit | null) => {
    latest.current.edit = next;
    setEditState(next);
  };
  return {
    text: edit ? edit.text : value,
    edited: edit !== null,
    change: (text) => setEdit({ base: latest.current.edit?.base ?? value, text }),
    commit: () => {
      const { edit, value } = latest.current;
      if (!edit) return;
      const merged = mergeDraft(edit.base, edit.text, value);
      if (onCommit(merged.text) === false) {
        // Refused: the text stays to fix, now as an edit of what the document holds.
        setEdit({ base: value, text: merged.text });
        return;
      }
      setEdit(null);
      if (merged.replaced !== null) showMessage(replacedMessage(label, merged.replaced, undoable));
    },
    reset: () => setEdit(null),
  };
}

function replacedMessage(label: string, theirs: string, undoable: boolean): string {
  const chars = [...theirs]; // by code point: a cut never splits a character
  const quote = chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join("")}…` : theirs;
  return [
    `Someone else changed “${label}” while you were editing it.`,
    `Your text replaced theirs, which read ${quoted(quote)}.`,
    undoable ? "Undo puts theirs back." : "",
  ]
    .join(" ")
    .trim();
}
