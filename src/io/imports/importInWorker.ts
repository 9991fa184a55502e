// The page's side of importing a file: a fresh worker per file (imports are
// rare, and a finished worker frees everything a reader built) reads it and
// builds the new document's state. A worker unanswered after
// IMPORT_TIME_LIMIT_MS is stopped with a plain message. Where there are no
// workers (node tests), the file is read in place.
import { type ImportReply, importInPlace, READ_FAILED } from "./importReply";

export const IMPORT_TIME_LIMIT_MS = 120_000;

/** The file read and turned into a new document's state, off the main thread. */
export function importInWorker(file: File, now: number): Promise<ImportReply> {
  if (typeof Worker === "undefined") return importInPlace(file, now);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
    } catch {
      resolve(importInPlace(file, now));
      return;
    }
    const finish = (reply: ImportReply) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          message: "Reading this file took too long and was stopped. Nothing was changed.",
        }),
      IMPORT_TIME_LIMIT_MS,
    );
    worker.onmessage = (event: MessageEvent<ImportReply>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish({ ok: false, message: READ_FAILED });
    };
    worker.postMessage({ file, now });
  });
}
