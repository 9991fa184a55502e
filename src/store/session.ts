// Connects the open document to the editor store. One document is open at a
// time; opening the same id twice (React StrictMode mounts effects twice)
// reuses it, and closing is idempotent.
import { observeModel } from "../doc/observe";
import { getDatabase } from "../sync/database";
import { createJoinedDocument } from "../sync/documents";
import { type OpenDocument, openDocument } from "../sync/openDocument";
import { listDocuments, restoreDocument } from "../sync/persistence";
import { resetEditor, setSelection, showModel, useEditor } from "./editorStore";

let current: { id: string; ready: Promise<OpenDocument | null>; stop: () => void } | null = null;
let active: OpenDocument | null = null;

export function activeDocument(): OpenDocument | null {
  return active;
}

const selection = {
  get: () => [...useEditor.getState().selectedElements, ...useEditor.getState().selectedLinks],
  set: (ids: string[]) => {
    const model = useEditor.getState().model;
    const linkIds = new Set(model?.links.map((l) => l.id));
    setSelection(
      ids.filter((id) => !linkIds.has(id)),
      ids.filter((id) => linkIds.has(id)),
    );
  },
};

/**
 * Runs `flush` at the next animation frame, so a peer's burst of updates is
 * rendered once per frame; a timer covers hidden tabs, which get no frames.
 */
export function nextFrame(flush: () => void): () => void {
  let done = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    done = true;
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const run = () => {
    if (done) return;
    cancel();
    flush();
  };
  if (typeof requestAnimationFrame === "function") frame = requestAnimationFrame(run);
  timer = setTimeout(run, 100);
  return cancel;
}

/** The open document once loaded (null if it could not be opened). */
export function whenOpen(id: string): Promise<OpenDocument | null> {
  return current?.id === id ? current.ready : Promise.resolve(null);
}

export function openInEditor(id: string, options: { joining?: boolean } = {}): void {
  if (current?.id === id) return;
  closeEditor();
  resetEditor({ docId: id, open: "loading" });
  const cleanups: Array<() => void> = [];
  let stopped = false;
  const ready = (async () => {
    const db = await getDatabase();
    const entry = (await listDocuments(db)).find((d) => d.id === id);
    // Joining by link brings the document into this device's library.
    if (options.joining && !entry) await createJoinedDocument(db, id);
    else if (options.joining && entry?.trashedAt !== null) await restoreDocument(db, id);
    if (stopped) return null;
    if (!options.joining && (!entry || entry.trashedAt !== null)) {
      useEditor.setState({ open: "missing" });
      return null;
    }
    const opened = await openDocument(db, id, selection, () => {});
    if (stopped) {
      await opened.close();
      return null;
    }
    active = opened;
    const { persistence, undo, doc } = opened;
    const syncSave = () =>
      useEditor.setState({ save: persistence.getStatus(), savedCount: persistence.savedCount() });
    const syncUndo = () => useEditor.setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    cleanups.push(persistence.subscribe(syncSave));
    cleanups.push(undo.onChange(syncUndo));
    cleanups.push(observeModel(doc, showModel, { scheduleRemote: nextFrame }));
    syncSave();
    syncUndo();
    useEditor.setState({ open: opened.readOnly ? "too-new" : "ready" });
    return opened;
  })().catch((err) => {
    console.error(err);
    useEditor.setState({ open: "failed" });
    return null;
  });
  current = {
    id,
    ready,
    stop: () => {
      stopped = true;
      for (const c of cleanups) c();
      void ready.then((opened) => opened?.close());
    },
  };
}

export function closeEditor(): void {
  if (!current) return;
  current.stop();
  current = null;
  active = null;
  resetEditor();
}
