// Open documents. `openForEditing` makes an EditorDocument: one document
// loaded from this device with its persistence, undo and observers, shown
// through a DocumentView, until `close()`. Several may be open at once (to
// compare versions); one opened twice is one Y.Doc in this tab. The editor
// shows one, kept in a slot here (`openInEditor`/`closeEditor`): opening the
// id it already holds reuses it (React StrictMode mounts effects twice), and
// closing is idempotent.
import { observeModel } from "../doc/observe";
import type { TocModel } from "../domain/model";
import { listDocuments, restoreDocument } from "../storage";
import { getDatabase } from "../storage/connection";
import { type OpenDocument, openDocument } from "../storage/openDocument";
import { createJoinedDocument } from "../storage/storedDocuments";
import {
  type OpenState,
  resetEditor,
  type SaveState,
  setSelection,
  showModel,
  useEditor,
} from "./editorStore";

/** Where an open document is shown: each callback gets what changed. */
export interface DocumentView {
  state(open: OpenState): void;
  model(model: TocModel): void;
  save(status: SaveState, savedCount: number): void;
  history(canUndo: boolean, canRedo: boolean): void;
  /** The selection kept with each undo step (element and link ids). */
  selection: { get(): string[]; set(ids: string[]): void };
}

export interface EditorDocument {
  readonly id: string;
  /** Resolves once loaded: the document, or null if it could not be opened or was closed first. */
  readonly ready: Promise<OpenDocument | null>;
  /** The loaded document; null while loading and after close. */
  readonly opened: OpenDocument | null;
  /** Stops the observers and saves what is pending; idempotent. */
  close(): Promise<void>;
}

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

/** One document loaded in this tab, shared by everyone who opened it. */
interface Load {
  /** The document, or why it could not be opened. */
  result: Promise<OpenDocument | "missing" | "failed">;
  /** The selections of the views showing it, first opener first. */
  selections: Array<DocumentView["selection"]>;
}

// One Y.Doc per stored document in this tab: two would each save their own
// edits and never see the other's.
const loads = new Map<string, Load>();

function startLoad(id: string, joining: boolean): Load {
  const load: Load = { result: Promise.resolve("failed"), selections: [] };
  const abandoned = () => load.selections.length === 0;
  // Undo keeps a selection with each step: the longest-open view's.
  const selection: DocumentView["selection"] = {
    get: () => load.selections[0]?.get() ?? [],
    set: (ids) => load.selections[0]?.set(ids),
  };
  load.result = (async (): Promise<OpenDocument | "missing" | "failed"> => {
    const db = await getDatabase();
    const entry = (await listDocuments(db)).find((d) => d.id === id);
    // Joining by link brings the document into this device's library.
    if (joining && !entry) await createJoinedDocument(db, id);
    else if (joining && entry?.trashedAt !== null) await restoreDocument(db, id);
    if (!joining && (!entry || entry.trashedAt !== null)) return "missing";
    if (abandoned()) return "failed";
    const loaded = await openDocument(db, id, selection, () => {});
    if (abandoned()) {
      await loaded.close();
      return "failed";
    }
    return loaded;
  })().catch((err) => {
    console.error(err);
    return "failed";
  });
  return load;
}

/**
 * Opens a stored document, shown through `view`. With `joining` (a room
 * link), a document this device lacks is created empty (the peers fill it)
 * and a trashed one restored. Opening a document that is already open in
 * this tab shares its Y.Doc, saving and undo; each opener has its own view
 * and closes its own EditorDocument, and the last close lets go of it.
 */
export function openForEditing(
  id: string,
  options: { joining?: boolean; view: DocumentView },
): EditorDocument {
  const { view, joining = false } = options;
  let load = loads.get(id);
  if (!load) {
    load = startLoad(id, joining);
    loads.set(id, load);
  }
  const shared = load;
  shared.selections.push(view.selection);
  const cleanups: Array<() => void> = [];
  let closed = false;
  let opened: OpenDocument | null = null;
  view.state("loading");
  const ready = shared.result.then(async (loaded) => {
    // A task of its own for the first render: loading a large document and
    // drawing it in one go kept the page from answering for twice as long.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (closed) return null;
    if (typeof loaded === "string") {
      view.state(loaded);
      return null;
    }
    opened = loaded;
    const { persistence, undo, doc } = loaded;
    const showSave = () => view.save(persistence.getStatus(), persistence.savedCount());
    const showHistory = () => view.history(undo.canUndo(), undo.canRedo());
    cleanups.push(persistence.subscribe(showSave));
    cleanups.push(undo.onChange(showHistory));
    cleanups.push(observeModel(doc, view.model, { scheduleRemote: nextFrame }));
    // A peer may bring a newer document later (live/afterPeerSync.ts).
    cleanups.push(loaded.onReadOnly(() => view.state("too-new")));
    showSave();
    showHistory();
    view.state(loaded.readOnly ? "too-new" : "ready");
    return loaded;
  });
  let closing: Promise<void> | null = null;
  return {
    id,
    ready,
    get opened() {
      return opened;
    },
    close() {
      if (closing) return closing;
      closed = true;
      opened = null;
      for (const c of cleanups) c();
      shared.selections.splice(shared.selections.indexOf(view.selection), 1);
      if (shared.selections.length > 0) {
        closing = Promise.resolve();
        return closing;
      }
      if (loads.get(id) === shared) loads.delete(id);
      closing = shared.result.then(async (loaded) => {
        if (typeof loaded !== "string") await loaded.close();
      });
      return closing;
    },
  };
}

// ---- The editor's document: the one the editor screen shows. ----

/** The editor's view: the mirror and save/undo state in `useEditor`. */
const editorView: DocumentView = {
  state: (open) => useEditor.setState({ open }),
  model: showModel,
  save: (save, savedCount) => useEditor.setState({ save, savedCount }),
  history: (canUndo, canRedo) => useEditor.setState({ canUndo, canRedo }),
  selection: {
    get: () => [...useEditor.getState().selectedElements, ...useEditor.getState().selectedLinks],
    set: (ids: string[]) => {
      const model = useEditor.getState().model;
      const linkIds = new Set(model?.links.map((l) => l.id));
      setSelection(
        ids.filter((id) => !linkIds.has(id)),
        ids.filter((id) => linkIds.has(id)),
      );
    },
  },
};

let editor: EditorDocument | null = null;

/** The document the editor shows (loading or loaded), if any. */
export function editorDocument(): EditorDocument | null {
  return editor;
}

/** The editor's document once loaded, else null. */
export function activeDocument(): OpenDocument | null {
  return editor?.opened ?? null;
}

/** The editor's document once loaded, if it is `id` (null if it could not be opened). */
export function whenOpen(id: string): Promise<OpenDocument | null> {
  return editor?.id === id ? editor.ready : Promise.resolve(null);
}

export function openInEditor(id: string, options: { joining?: boolean } = {}): void {
  if (editor?.id === id) return;
  closeEditor();
  resetEditor({ docId: id });
  editor = openForEditing(id, { ...options, view: editorView });
}

export function closeEditor(): void {
  if (!editor) return;
  void editor.close();
  editor = null;
  resetEditor();
}
