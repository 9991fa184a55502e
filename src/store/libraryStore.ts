// The library of documents on this device, as the home screen shows it.
import { create } from "zustand";
import type { FramingId } from "../domain/stages";
import { buildImportedState } from "../io/tocJson/importDocument";
import {
  type DocumentEntry,
  deleteForever,
  emptyTrash,
  listDocuments,
  restoreDocument,
  trashDocument,
} from "../storage";
import { getDatabase } from "../storage/connection";
import {
  createNewDocument,
  duplicateDocument,
  renameStoredDocument,
  storeNewDocument,
} from "../storage/storedDocuments";

// The home screen's words for what is stored: ui reaches storage only through the store.
export { type DocumentEntry, requestPersistentStorage } from "../storage";

import { loadTemplate } from "../templates/catalogue";
import { templateToImported } from "../templates/toDocument";

interface LibraryState {
  loaded: boolean;
  entries: DocumentEntry[];
  error: string | null;
}

export const useLibrary = create<LibraryState>(() => ({ loaded: false, entries: [], error: null }));

async function run<T>(work: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await getDatabase();
  try {
    return await work(db);
  } finally {
    await refreshLibrary();
  }
}

export async function refreshLibrary(): Promise<void> {
  try {
    const entries = await listDocuments(await getDatabase());
    entries.sort((a, b) => b.updatedAt - a.updatedAt);
    useLibrary.setState({ loaded: true, entries, error: null });
  } catch (err) {
    console.error(err);
    useLibrary.setState({
      loaded: true,
      error: "This browser would not let ToC Studio read its storage. Documents cannot be listed.",
    });
  }
}

export const createDocumentOfFraming = (framing: FramingId) =>
  run((db) => createNewDocument(db, framing));
export const importDocumentState = (state: Uint8Array) => run((db) => storeNewDocument(db, state));
/** A new document from a template, stored in one transaction like an import; returns its id. */
export async function createFromTemplate(templateId: string): Promise<string> {
  const template = await loadTemplate(templateId);
  const now = Date.now();
  return importDocumentState(buildImportedState(templateToImported(template, now), now));
}
export const duplicateEntry = (id: string) =>
  run((db) => duplicateDocument(db, id, (t) => `Copy of ${t}`));
export const renameEntry = (id: string, title: string) =>
  run((db) => renameStoredDocument(db, id, title));
export const trashEntry = (id: string) => run((db) => trashDocument(db, id));
export const restoreEntry = (id: string) => run((db) => restoreDocument(db, id));
export const deleteEntryForever = (id: string) => run((db) => deleteForever(db, id));
export const emptyTheTrash = () => run((db) => emptyTrash(db));
