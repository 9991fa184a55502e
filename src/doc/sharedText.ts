// Shared text (Y.Text) written from a whole new value: only the changed span
// is spliced in, so two people typing in different places of one description
// both keep their words. A key that holds a plain string (documents before
// version 2, or a peer's damage) is replaced by shared text.
import * as Y from "yjs";
import { diffText } from "../domain/textDiff";

export function setText(map: Y.Map<unknown>, key: string, value: string): void {
  const current = map.get(key);
  if (!(current instanceof Y.Text)) {
    if (current !== value) map.set(key, new Y.Text(value));
    return;
  }
  const splice = diffText(current.toString(), value);
  if (!splice) return;
  if (splice.deleteCount > 0) current.delete(splice.index, splice.deleteCount);
  if (splice.insert) current.insert(splice.index, splice.insert);
}
