// Local persistence over raw IndexedDB (we deliberately do not use
// y-indexeddb: it writes each update in its own transaction, ignores errors
// and never says when a write is durable).
export {
  DB_NAME,
  DB_VERSION,
  type DocumentEntry,
  openDatabase,
} from "./database";
export {
  attachPersistence,
  type DocPersistence,
  type EntrySummary,
  type PersistenceOptions,
} from "./docPersistence";
export {
  appendUpdate,
  createDocument,
  deleteForever,
  type EntryPatch,
  emptyTrash,
  listDocuments,
  loadUpdates,
  readStoredDoc,
  restoreDocument,
  trashDocument,
  updateEntry,
} from "./library";
export { type SaveStatus, saveErrorMessage } from "./saveStatus";
export { type PersistResult, requestPersistentStorage } from "./storage";
