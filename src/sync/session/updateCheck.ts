// Asks the check worker whether a peer's update is safe to apply, with a time
// limit. A worker that does not answer in time is terminated and replaced;
// that update counts as unsafe, and the other checks it held are asked again
// of the new worker (a busy main thread can delay a reply, so one slow answer
// must not fail every peer).
const TIME_LIMIT_MS = 5000;

type Pending = {
  resolve: (ok: boolean) => void;
  timer: ReturnType<typeof setTimeout>;
  update: Uint8Array;
};

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
  const again = [...pending.values()];
  pending.clear();
  for (const job of again) {
    clearTimeout(job.timer);
    ask(job.update, job.resolve);
  }
}

function ask(update: Uint8Array, resolve: (ok: boolean) => void): void {
  const id = nextId++;
  const timer = setTimeout(() => {
    pending.delete(id);
    resolve(false);
    restartWorker();
  }, TIME_LIMIT_MS);
  pending.set(id, { resolve, timer, update });
  getWorker().postMessage({ id, update });
}

export function isUpdateSafe(update: Uint8Array): Promise<boolean> {
  return new Promise((resolve) => ask(update, resolve));
}
