// Live binding between an open Y.Doc and its rows in IndexedDB.
//
// Contract: the status says "saved" only after the IndexedDB transaction that
// holds every update so far has fired `oncomplete`. Updates are never dropped:
// a failed write puts them back at the head of the queue, the document stays
// usable in memory, and the next update (or flush) tries again.
//
// Write pipeline: at most one readwrite transaction in flight. An update that
// arrives while none is running starts one synchronously, inside the Y.Doc
// 'update' event, so it has the best chance to commit before a reload.
// Updates arriving while one runs are batched into the next transaction,
// merged into one row. The library entry (title, framing, element count,
// updatedAt) is patched in the same transaction as the rows.
import * as Y from "yjs";
import { applyUpdates } from "../doc/state";
import { DOCUMENTS, type DocumentEntry, runTransaction, UPDATES, type UpdateRow } from "./database";
import { patchEntryInTx, readRows } from "./library";
import { mergeMany } from "./merge";
import { watchPageLifecycle } from "./pageLifecycle";
import { loadErrorMessage, type SaveStatus, sameStatus, saveErrorMessage } from "./saveStatus";

export type EntrySummary = Partial<Pick<DocumentEntry, "title" | "framing" | "elementCount">>;

export interface PersistenceOptions {
  /** Origin for applying loaded updates; updates with this origin are not saved again. */
  persistenceOrigin: unknown;
  /** Called when writing, to keep the library entry current. */
  summarize: (doc: Y.Doc) => EntrySummary;
  onError?: (err: unknown) => void;
}

export interface DocPersistence {
  /** Resolves once the stored updates were applied to the doc. */
  whenLoaded: Promise<void>;
  getStatus(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** Updates from this session committed so far (monotonic). */
  savedCount(): number;
  /** Updates from this session not yet committed (queued or in flight). */
  pendingCount(): number;
  /** True while some update of this session is not yet committed. */
  hasPendingWrites(): boolean;
  /** Resolves when everything so far is committed; rejects if a write fails. */
  flush(): Promise<void>;
  /** Stops listening, then flushes. Idempotent; never rejects (see getStatus()). */
  destroy(): Promise<void>;
}

// The edit stream commits with relaxed durability: `oncomplete` fires once the
// browser has the data (it survives a reload, tab or browser crash), without
// waiting for an fsync per batch. Only an OS crash or power loss in the next
// moment could lose it. Library operations use "strict" (see library.ts).
const EDIT_DURABILITY: IDBTransactionDurability = "relaxed";

/** A User Timing mark (read by the benchmarks: bench/suites/storage.mjs); never throws. */
const mark = (name: string, detail?: unknown) => {
  try {
    globalThis.performance?.mark?.(name, { detail });
  } catch {
    // No User Timing here: nothing to record.
  }
};

/**
 * The loaded rows' keys as few delete requests as possible: runs of
 * consecutive integer keys (autoIncrement: nothing else can sit between them)
 * become one key range. 10,000 single deletes cost ~0.5 s of main thread.
 */
function keyRuns(keys: IDBValidKey[]): Array<IDBValidKey | IDBKeyRange> {
  if (typeof IDBKeyRange === "undefined") return keys;
  const out: Array<IDBValidKey | IDBKeyRange> = [];
  let start: number | null = null;
  let end = 0;
  const close = () => {
    if (start === null) return;
    out.push(start === end ? start : IDBKeyRange.bound(start, end));
    start = null;
  };
  for (const key of keys) {
    if (typeof key !== "number" || !Number.isInteger(key)) {
      close();
      out.push(key);
    } else if (start !== null && key === end + 1) {
      end = key;
    } else {
      close();
      start = key;
      end = key;
    }
  }
  close();
  return out;
}

const pickSummary = (s: EntrySummary): EntrySummary => {
  const out: EntrySummary = {};
  if (s.title !== undefined) out.title = s.title;
  if (s.framing !== undefined) out.framing = s.framing;
  if (s.elementCount !== undefined) out.elementCount = s.elementCount;
  return out;
};

export function attachPersistence(
  doc: Y.Doc,
  db: IDBDatabase,
  docId: string,
  options: PersistenceOptions,
): DocPersistence {
  const { persistenceOrigin, summarize, onError } = options;

  let phase: "loading" | "ready" | "loadFailed" = "loading";
  let loadError: unknown = null; // sticky: the stored copy could not be read
  let queue: Uint8Array[] = []; // not yet handed to a transaction
  let inFlight: Uint8Array[] | null = null; // in the running transaction
  let compactKeys: IDBValidKey[] | null = null; // loaded rows to fold into one
  let enqueued = 0;
  let saved = 0;
  let writeError: unknown = null; // last write failed (cleared on success)
  let destroyPromise: Promise<void> | null = null;
  let status: SaveStatus = { state: "loading" };
  const listeners = new Set<(status: SaveStatus) => void>();
  const waiters: { target: number; resolve: () => void; reject: (err: unknown) => void }[] = [];

  const report = (err: unknown) => {
    try {
      onError?.(err);
    } catch {
      // A failing error handler must not break saving.
    }
  };

  const computeStatus = (): SaveStatus => {
    if (loadError) return { state: "error", message: loadErrorMessage(loadError) };
    if (writeError) return { state: "error", message: saveErrorMessage(writeError) };
    if (phase === "loading") return { state: "loading" };
    if (inFlight || queue.length > 0 || compactKeys) return { state: "saving" };
    return { state: "saved" };
  };

  const pendingCount = () => queue.length + (inFlight?.length ?? 0);

  const refreshStatus = () => {
    page.setWarnOnUnload(pendingCount() > 0);
    const next = computeStatus();
    if (sameStatus(next, status)) return;
    status = next;
    for (const listener of [...listeners]) {
      try {
        listener(next);
      } catch (err) {
        report(err);
      }
    }
  };

  const isDone = (target: number) => phase !== "loading" && saved >= target && compactKeys === null;

  const settleWaiters = (err?: unknown) => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i];
      if (err !== undefined) waiter.reject(err);
      else if (isDone(waiter.target)) waiter.resolve();
      else continue;
      waiters.splice(i, 1);
    }
  };

  /** One transaction: the batch as one row (or, when compacting, the loaded
   *  rows replaced by the whole state, which already contains the batch),
   *  plus the entry summary. */
  const writeBatch = (batch: Uint8Array[], compact: IDBValidKey[] | null) =>
    runTransaction(
      db,
      [DOCUMENTS, UPDATES],
      "readwrite",
      (tx, fail) => {
        const updates = tx.objectStore(UPDATES);
        let row: Uint8Array;
        if (compact) {
          for (const keys of keyRuns(compact)) updates.delete(keys);
          row = Y.encodeStateAsUpdate(doc);
        } else {
          row = mergeMany(batch);
        }
        updates.add({ docId, update: row } satisfies UpdateRow);
        // After a failed load the doc is partial: never let it rename the entry.
        if (batch.length > 0 && phase === "ready") {
          const patch = () => {
            let summary: EntrySummary = {};
            try {
              summary = pickSummary(summarize(doc));
            } catch (err) {
              report(err); // the rows still get saved
            }
            return { ...summary, updatedAt: Date.now() };
          };
          patchEntryInTx(tx, fail, docId, patch, "skip");
        }
        return undefined;
      },
      EDIT_DURABILITY,
    );

  /** Starts a write if there is something to write and nothing in flight. */
  const pump = () => {
    if (phase === "loading" || inFlight) return;
    if (queue.length === 0 && compactKeys === null) return;
    const batch = queue;
    const compact = compactKeys;
    queue = [];
    inFlight = batch;
    writeBatch(batch, compact).then(
      () => {
        inFlight = null;
        saved += batch.length;
        if (compact && compactKeys === compact) compactKeys = null;
        writeError = null;
        settleWaiters();
        pump(); // anything batched meanwhile
        refreshStatus();
      },
      (err: unknown) => {
        inFlight = null;
        queue = batch.concat(queue); // keep them, in order, for the retry
        const isNew = writeError === null;
        writeError = err;
        settleWaiters(err);
        refreshStatus();
        if (isNew) report(err);
        // No automatic retry (a full disk would spin): the next update,
        // flush(), or the page being hidden tries again.
      },
    );
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    try {
      if (origin === persistenceOrigin) return;
      queue.push(update);
      enqueued++;
      pump();
      refreshStatus();
    } catch (err) {
      report(err); // never throw into Yjs
    }
  };

  const flush = (): Promise<void> => {
    const target = enqueued;
    pump();
    refreshStatus();
    if (isDone(target)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => waiters.push({ target, resolve, reject }));
  };

  const flushQuietly = () => {
    flush().catch(() => {}); // the failure is already in the status
  };

  const page = watchPageLifecycle(flushQuietly);
  doc.on("update", onUpdate);

  const whenLoaded = (async () => {
    mark("toc-studio:load-start");
    const { keys, updates } = await readRows(db, docId);
    // The compaction below encodes the loaded doc, not a merge of the rows.
    applyUpdates(doc, updates, persistenceOrigin);
    if (updates.length > 1) compactKeys = keys;
    mark("toc-studio:loaded", {
      rows: updates.length,
      bytes: updates.reduce((sum, u) => sum + u.byteLength, 0),
    });
  })().then(
    () => {
      phase = "ready";
      pump(); // compaction and anything typed while loading
      settleWaiters();
      refreshStatus();
    },
    (err: unknown) => {
      // Keep saving new edits as extra rows (rows only add, so nothing stored
      // is harmed), but show the error until the document is reopened.
      phase = "loadFailed";
      loadError = err;
      pump();
      settleWaiters();
      refreshStatus();
      report(err);
      throw err;
    },
  );
  whenLoaded.catch(() => {}); // callers may not await it; avoid unhandled rejection

  const destroy = (): Promise<void> => {
    if (destroyPromise) return destroyPromise;
    doc.off("update", onUpdate);
    doc.off("destroy", onDocDestroy);
    destroyPromise = whenLoaded
      .catch(() => {})
      .then(flush)
      .catch(() => {}) // reported through status and onError
      .finally(() => page.dispose());
    return destroyPromise;
  };
  const onDocDestroy = () => {
    void destroy();
  };
  doc.on("destroy", onDocDestroy);

  return {
    whenLoaded,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    savedCount: () => saved,
    pendingCount,
    hasPendingWrites: () => pendingCount() > 0,
    flush,
    destroy,
  };
}
