// The one IndexedDB database behind the app, and a small promise wrapper for
// its transactions.
//
// Why one database with two stores: a document's library entry and its Yjs
// update rows must change together. IndexedDB transactions are atomic only
// inside one database, so "create a document" (entry + first update) or
// "delete forever" (entry + every row) is all-or-nothing only if both stores
// live here.

export const DB_NAME = "toc-studio";
export const DB_VERSION = 1;
export const DOCUMENTS = "documents";
export const UPDATES = "updates";
export const BY_DOC = "byDoc";

export type StoreName = typeof DOCUMENTS | typeof UPDATES;

/** One document in the library (the home screen list). */
export interface DocumentEntry {
  id: string;
  title: string;
  framing: string;
  createdAt: number;
  updatedAt: number;
  elementCount: number;
  /** When it was moved to the trash; null while it is in the library. */
  trashedAt: number | null;
}

/** One row of the `updates` store: a Yjs update (V1 encoding) for one document. */
export interface UpdateRow {
  docId: string;
  update: Uint8Array;
}

/** Opens (creating or upgrading as needed) the app's database. */
export function openDatabase(factory?: IDBFactory): Promise<IDBDatabase> {
  const idb = factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!idb) return Promise.reject(new Error("This browser has no IndexedDB storage."));
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(DB_NAME, DB_VERSION);
    } catch (err) {
      reject(err);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      // Version 1. Later versions add steps here keyed on event.oldVersion.
      if (!db.objectStoreNames.contains(DOCUMENTS)) {
        db.createObjectStore(DOCUMENTS, { keyPath: "id" });
      }
      if (!db.objectStoreNames.contains(UPDATES)) {
        const updates = db.createObjectStore(UPDATES, { autoIncrement: true });
        updates.createIndex(BY_DOC, "docId", { unique: false });
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer app version opened in another tab wants to upgrade: let it.
      // Our later writes then fail with InvalidStateError, which the save
      // status reports as "reload the page" rather than silently blocking.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error("Could not open storage."));
    // onblocked: an older tab holds the database open; the request stays
    // pending until it closes (our own tabs close on versionchange, above).
  });
}

/** Aborts the transaction, making the promise reject with `err`. */
export type Fail = (err: unknown) => void;

/**
 * Runs `body` inside one transaction and settles when the transaction does:
 * resolves in `oncomplete` (the writes are committed) with `finish()`'s value,
 * rejects on error or abort with the first error seen. Nothing is swallowed:
 * a failed request aborts the whole transaction (all or nothing).
 *
 * The transaction is created synchronously, so a caller running inside an
 * event handler gets its requests queued before the handler returns.
 */
export function runTransaction<T = void>(
  db: IDBDatabase,
  stores: StoreName[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, fail: Fail) => (() => T) | undefined,
  durability: IDBTransactionDurability = "default",
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let firstError: unknown = null;
    const settle = (ok: boolean, value?: T) => {
      if (settled) return;
      settled = true;
      if (ok) resolve(value as T);
      else reject(firstError ?? new DOMException("The write was cancelled.", "AbortError"));
    };
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode, { durability });
    } catch (err) {
      // e.g. InvalidStateError when the connection was closed.
      firstError = err;
      settle(false);
      return;
    }
    let finish: (() => T) | undefined;
    const fail: Fail = (err) => {
      firstError ??= err;
      try {
        tx.abort();
      } catch {
        // Already finished or aborting; onabort/onerror will settle.
      }
      settle(false);
    };
    tx.oncomplete = () => {
      try {
        settle(true, finish ? finish() : undefined);
      } catch (err) {
        firstError = err;
        settle(false);
      }
    };
    tx.onerror = (event) => {
      firstError ??= (event.target as IDBRequest | null)?.error ?? tx.error;
      settle(false);
    };
    tx.onabort = () => {
      firstError ??= tx.error;
      settle(false);
    };
    try {
      finish = body(tx, fail) ?? undefined;
    } catch (err) {
      fail(err);
    }
  });
}

/** Wraps a request's success handler so a throw aborts the transaction. */
export function onSuccess<R>(request: IDBRequest<R>, fail: Fail, handler: (result: R) => void) {
  request.onsuccess = () => {
    try {
      handler(request.result);
    } catch (err) {
      fail(err);
    }
  };
}
