// Per-person undo. Tracks only LOCAL transactions, so undo never reverts a
// peer's edit, a load, a migration or seeding. Each command is one
// transaction and one step (captureTimeout 0), and every gesture is written as
// one command — a drag at its end, a paste or delete as one transaction.
// The selection at the time of a step is kept in the stack item and handed
// back on undo/redo so the user sees what changed.
// Typing into shared text (origin TYPING) is the one exception: a run of
// keystrokes with pauses under a second is one step, like a text field's own
// undo; any command before or after it starts a new step.
import * as Y from "yjs";
import { LOCAL, TYPING } from "./origins";
import { getMaps } from "./schema";

const TYPING_PAUSE_MS = 1000;

export interface UndoHistory {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

export function createUndoHistory(
  doc: Y.Doc,
  selection: { get(): string[]; set(ids: string[]): void },
): UndoHistory {
  const { meta, nodes, edges, stakeholders, groups, dismissals } = getMaps(doc);
  // Typing in another description starts a new step. Registered before the
  // manager's own listener, so it runs before the manager decides to merge.
  let lastTyped: unknown = null;
  const separateTexts = (tr: Y.Transaction) => {
    const typed = tr.origin === TYPING ? [...tr.changed.keys()][0] : null;
    if (typed && lastTyped && typed !== lastTyped) manager.stopCapturing();
    lastTyped = typed ?? null;
  };
  doc.on("afterTransaction", separateTexts);
  const manager = new Y.UndoManager([meta, nodes, edges, stakeholders, groups, dismissals], {
    trackedOrigins: new Set([LOCAL, TYPING]),
    captureTimeout: TYPING_PAUSE_MS,
  });
  // Everything but typing is one step per transaction: stop capturing on
  // both sides of it.
  const separate = (tr: Y.Transaction) => {
    if (tr.origin !== TYPING) manager.stopCapturing();
  };
  doc.on("beforeTransaction", separate);
  doc.on("afterTransaction", separate);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  manager.on("stack-item-added", (event: { stackItem: { meta: Map<string, unknown> } }) => {
    event.stackItem.meta.set("selection", selection.get());
    notify();
  });
  manager.on("stack-item-popped", (event: { stackItem: { meta: Map<string, unknown> } }) => {
    const ids = event.stackItem.meta.get("selection");
    if (Array.isArray(ids)) selection.set(ids.filter((id) => nodes.has(id) || edges.has(id)));
    notify();
  });
  manager.on("stack-cleared", notify);
  return {
    undo: () => manager.undo(),
    redo: () => manager.redo(),
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off("afterTransaction", separateTexts);
      doc.off("beforeTransaction", separate);
      doc.off("afterTransaction", separate);
      listeners.clear();
      manager.destroy();
    },
  };
}
