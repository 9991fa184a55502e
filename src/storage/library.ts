// The document library: entries in `documents`, content as Yjs update rows in
// `updates`. Every function is one transaction, so each change is all or
// nothing and the promise resolves only once it is committed.
import type * as Y from "yjs";
import { docFromUpdates } from "../doc/state";
import {
  BY_DOC,
  DOCUMENTS,
  type DocumentEntry,
  type Fail,
  onSuccess,
  runTransaction,
  UPDATES,
  type UpdateRow,
} from "./database";

export type EntryPatch = Partial<Omit<DocumentEntry, "id">>;

// Creating, importing and deleting are rare and the user acts on the result
// (e.g. closes the tab after an import): wait for the data to reach the disk.
const LIBRARY_DURABILITY: IDBTransactionDurability = "strict";

/** Every entry, trashed ones included, in id order (the UI sorts). */
export function listDocuments(db: IDBDatabase): Promise<DocumentEntry[]> {
  return runTransaction(db, [DOCUMENTS], "readonly", (tx) => {
    const request = tx.objectStore(DOCUMENTS).getAll() as IDBRequest<DocumentEntry[]>;
    return () => request.result;
  });
}

/** Adds the entry and its first update in one transaction (also used for import). */
export function createDocument(
  db: IDBDatabase,
  entry: DocumentEntry,
  initialUpdate: Uint8Array,
): Promise<void> {
  return runTransaction(
    db,
    [DOCUMENTS, UPDATES],
    "readwrite",
    (tx) => {
      // add (not put): an existing id is a ConstraintError, never an overwrite.
      tx.objectStore(DOCUMENTS).add({ ...entry });
      tx.objectStore(UPDATES).add({ docId: entry.id, update: initialUpdate } satisfies UpdateRow);
      return undefined;
    },
    LIBRARY_DURABILITY,
  );
}

/** Reads the entry, applies `patch` and writes it back (inside `tx`). */
export function patchEntryInTx(
  tx: IDBTransaction,
  fail: Fail,
  id: string,
  patch: () => EntryPatch,
  ifMissing: "fail" | "skip",
): void {
  const store = tx.objectStore(DOCUMENTS);
  onSuccess(store.get(id) as IDBRequest<DocumentEntry | undefined>, fail, (entry) => {
    if (!entry) {
      if (ifMissing === "fail") fail(new Error(`No document with id ${id}.`));
      return;
    }
    store.put({ ...entry, ...patch(), id });
  });
}

export function updateEntry(db: IDBDatabase, id: string, patch: EntryPatch): Promise<void> {
  return runTransaction(db, [DOCUMENTS], "readwrite", (tx, fail) => {
    patchEntryInTx(tx, fail, id, () => patch, "fail");
    return undefined;
  });
}

export function trashDocument(db: IDBDatabase, id: string): Promise<void> {
  return updateEntry(db, id, { trashedAt: Date.now() });
}

export function restoreDocument(db: IDBDatabase, id: string): Promise<void> {
  return updateEntry(db, id, { trashedAt: null });
}

/** Deletes every update row of one document (inside `tx`). */
function deleteRowsInTx(tx: IDBTransaction, fail: Fail, id: string): void {
  const updates = tx.objectStore(UPDATES);
  onSuccess(updates.index(BY_DOC).getAllKeys(id), fail, (keys) => {
    for (const key of keys) updates.delete(key);
  });
}

/** Removes the entry and all its content, in one transaction. */
export function deleteForever(db: IDBDatabase, id: string): Promise<void> {
  return runTransaction(
    db,
    [DOCUMENTS, UPDATES],
    "readwrite",
    (tx, fail) => {
      tx.objectStore(DOCUMENTS).delete(id);
      deleteRowsInTx(tx, fail, id);
      return undefined;
    },
    LIBRARY_DURABILITY,
  );
}

/** Deletes every trashed document for good; resolves with how many. */
export function emptyTrash(db: IDBDatabase): Promise<number> {
  return runTransaction(
    db,
    [DOCUMENTS, UPDATES],
    "readwrite",
    (tx, fail) => {
      let count = 0;
      const documents = tx.objectStore(DOCUMENTS);
      onSuccess(documents.getAll() as IDBRequest<DocumentEntry[]>, fail, (entries) => {
        for (const entry of entries) {
          if (entry.trashedAt === null) continue;
          documents.delete(entry.id);
          deleteRowsInTx(tx, fail, entry.id);
          count++;
        }
      });
      return () => count;
    },
    LIBRARY_DURABILITY,
  );
}

/** One document's update rows and their keys, in key (= write) order. */
export function readRows(
  db: IDBDatabase,
  id: string,
): Promise<{ keys: IDBValidKey[]; updates: Uint8Array[] }> {
  return runTransaction(db, [UPDATES], "readonly", (tx) => {
    // Both requests walk the index in the same order (docId, then primary
    // key) inside one snapshot, so keys[i] belongs to rows[i].
    const index = tx.objectStore(UPDATES).index(BY_DOC);
    const keys = index.getAllKeys(id);
    const rows = index.getAll(id) as IDBRequest<UpdateRow[]>;
    return () => ({ keys: keys.result, updates: rows.result.map((row) => row.update) });
  });
}

export async function loadUpdates(db: IDBDatabase, id: string): Promise<Uint8Array[]> {
  return (await readRows(db, id)).updates;
}

/**
 * The stored document as a fresh Y.Doc, without opening it in the editor (for
 * duplicate and rename from the home screen). An unknown id gives an empty doc.
 */
export async function readStoredDoc(db: IDBDatabase, id: string): Promise<Y.Doc> {
  return docFromUpdates(await loadUpdates(db, id));
}

/**
 * Adds one update to a stored document and, in the same transaction, patches
 * its entry (updatedAt defaults to now). Rejects, writing nothing, if there
 * is no entry with this id.
 */
export function appendUpdate(
  db: IDBDatabase,
  id: string,
  update: Uint8Array,
  entryPatch?: EntryPatch,
): Promise<void> {
  return runTransaction(db, [DOCUMENTS, UPDATES], "readwrite", (tx, fail) => {
    tx.objectStore(UPDATES).add({ docId: id, update } satisfies UpdateRow);
    patchEntryInTx(tx, fail, id, () => ({ updatedAt: Date.now(), ...entryPatch }), "fail");
    return undefined;
  });
}
