// Opens one document for editing: a Y.Doc loaded from this device, migrated
// or marked read-only, with per-person undo. Created outside React render and
// torn down idempotently, so StrictMode's double mount never makes two.
import type * as Y from "yjs";
import { isNewerThanApp, runMigrations } from "../doc/migrations";
import { PERSISTENCE } from "../doc/origins";
import { createDoc } from "../doc/schema";
import { summarizeDoc } from "../doc/summary";
import { createUndoHistory, type UndoHistory } from "../doc/undo";
import { attachPersistence, type DocPersistence } from "./index";

export interface OpenDocument {
  id: string;
  doc: Y.Doc;
  persistence: DocPersistence;
  undo: UndoHistory;
  /** True when a newer app wrote this document: show it, never write it. */
  readonly readOnly: boolean;
  /** Stops writing for good (a peer brought a newer document); tells the listeners once. */
  becomeReadOnly(): void;
  onReadOnly(listener: () => void): () => void;
  close(): Promise<void>;
}

export async function openDocument(
  db: IDBDatabase,
  id: string,
  selection: { get(): string[]; set(ids: string[]): void },
  onError: (err: unknown) => void,
): Promise<OpenDocument> {
  const doc = createDoc();
  const persistence = attachPersistence(doc, db, id, {
    persistenceOrigin: PERSISTENCE,
    summarize: summarizeDoc,
    onError,
  });
  await persistence.whenLoaded;
  let readOnly = isNewerThanApp(doc);
  if (!readOnly) runMigrations(doc);
  const undo = createUndoHistory(doc, selection);
  const readOnlyListeners = new Set<() => void>();
  let closing: Promise<void> | null = null;
  return {
    id,
    doc,
    persistence,
    undo,
    get readOnly() {
      return readOnly;
    },
    becomeReadOnly() {
      if (readOnly) return;
      readOnly = true;
      for (const l of readOnlyListeners) l();
    },
    onReadOnly(listener) {
      readOnlyListeners.add(listener);
      return () => readOnlyListeners.delete(listener);
    },
    close() {
      closing ??= (async () => {
        readOnlyListeners.clear();
        undo.destroy();
        await persistence.destroy();
        doc.destroy();
      })();
      return closing;
    },
  };
}
