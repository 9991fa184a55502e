// The page's side of a spreadsheet import: a fresh worker per file (imports
// are rare, and a finished worker frees everything exceljs built). A worker
// unanswered after IMPORT_TIME_LIMIT_MS is stopped with a plain message.
// Where there are no workers (node tests), the file is read in place.
import type { ImportResult } from "../tocJson/parse";
import { importSheetFile } from "./importSheetFile";
import { SHEET_MESSAGES } from "./messages";

export const IMPORT_TIME_LIMIT_MS = 120_000;

export function importSheetInWorker(name: string, bytes: Uint8Array): Promise<ImportResult> {
  if (typeof Worker === "undefined") return importSheetFile(name, bytes);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./sheet.worker.ts", import.meta.url), { type: "module" });
    } catch {
      resolve(importSheetFile(name, bytes));
      return;
    }
    const finish = (result: ImportResult) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, message: SHEET_MESSAGES.tookTooLong }),
      IMPORT_TIME_LIMIT_MS,
    );
    worker.onmessage = (event: MessageEvent<ImportResult>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish({ ok: false, message: SHEET_MESSAGES.readFailed });
    };
    worker.postMessage({ name, bytes }, [bytes.buffer as ArrayBuffer]);
  });
}
