// The page's side of exporting: one worker, created on first use, one answer
// per request id. A request unanswered after EXPORT_TIME_LIMIT_MS rejects in
// plain English and the worker is stopped (the next export starts a fresh one).
import type { ExportReply, ExportRequest } from "./request";

export const EXPORT_TIME_LIMIT_MS = 120_000;

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function stopWorker(message: string): void {
  worker?.terminate();
  worker = null;
  for (const job of pending.values()) {
    clearTimeout(job.timer);
    job.reject(new Error(message));
  }
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL("./export.worker.ts", import.meta.url), { type: "module" });
  created.onmessage = (event: MessageEvent<ExportReply>) => {
    const reply = event.data;
    const job = pending.get(reply?.id);
    if (!job) return;
    pending.delete(reply.id);
    clearTimeout(job.timer);
    if (reply.ok) job.resolve(reply.bytes);
    else job.reject(new Error(reply.error));
  };
  created.onerror = (event) => {
    event.preventDefault?.();
    stopWorker("The export stopped unexpectedly. Nothing was changed.");
  };
  worker = created;
  return created;
}

/** The file's bytes, built in the export worker. Rejects with a message that can be shown as is. */
export function runExport(request: ExportRequest): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(
      () => stopWorker("The export took too long and was stopped. Nothing was changed."),
      EXPORT_TIME_LIMIT_MS,
    );
    pending.set(id, { resolve, reject, timer });
    try {
      getWorker().postMessage({ id, request });
    } catch {
      pending.delete(id);
      clearTimeout(timer);
      reject(new Error("The export could not start in this browser. Nothing was changed."));
    }
  });
}
