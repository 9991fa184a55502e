// Asks the check worker whether a peer's update is safe to apply, with a time
// limit. A worker that does not answer in time is terminated and replaced;
// the update counts as unsafe.
const TIME_LIMIT_MS = 2000;

type Pending = { resolve: (ok: boolean) => void; timer: ReturnType<typeof setTimeout> };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL("./updateCheck.worker.ts", import.meta.url), {
    type: "module",
  });
  created.onmessage = (event: MessageEvent<{ id: number; ok: boolean }>) => {
    const job = pending.get(event.data.id);
    if (!job) return;
    pending.delete(event.data.id);
    clearTimeout(job.timer);
    job.resolve(event.data.ok);
  };
  worker = created;
  return created;
}

function restartWorker(): void {
  worker?.terminate();
  worker = null;
  for (const job of pending.values()) {
    clearTimeout(job.timer);
    job.resolve(false);
  }
  pending.clear();
}

export function isUpdateSafe(update: Uint8Array): Promise<boolean> {
  return new Promise((resolve) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      pending.delete(id);
      resolve(false);
      restartWorker();
    }, TIME_LIMIT_MS);
    pending.set(id, { resolve, timer });
    getWorker().postMessage({ id, update });
  });
}
