// Whole-document state as bytes, for storage and copies. Callers above this
// layer never touch Yjs directly.
import * as Y from "yjs";
import { createDoc } from "./schema";

export function encodeDocState(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

/** A fresh document holding a copy of the given state (origin-free: not undoable). */
export function docFromState(state: Uint8Array): Y.Doc {
  const doc = createDoc();
  Y.applyUpdate(doc, state);
  return doc;
}
