// Asks the check worker whether a peer's update is safe to apply, with a time
// limit. A worker that does not answer in time is terminated and replaced;
// that update counts as unsafe, and the other checks it held are asked again
// of the new worker (a busy main thread can delay a reply, so one slow answer
// must not fail every peer).
// y-webrtc re-sends every update it receives to all its peers, so in a room of
// N each update arrives up to N−1 times, byte for byte the same. The verdict
// depends on the bytes alone (trial-applied to an empty document), so a copy
// of a recently checked update shares that check instead of repeating it.
const TIME_LIMIT_MS = 5000;
const REMEMBERED_CHECKS = 256;

type Pending = {
  resolve: (ok: boolean) => void;
  timer: ReturnType<typeof setTimeout>;
  update: Uint8Array;
  onTimeout: () => void;
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
    ask(job.update, job.resolve, job.onTimeout);
  }
}

function ask(update: Uint8Array, resolve: (ok: boolean) => void, onTimeout: () => void): void {
  const id = nextId++;
  const timer = setTimeout(() => {
    pending.delete(id);
    onTimeout();
    resolve(false);
    restartWorker();
  }, TIME_LIMIT_MS);
  pending.set(id, { resolve, timer, update, onTimeout });
  getWorker().postMessage({ id, update });
}

const recent = new Map<string, { update: Uint8Array; verdict: Promise<boolean> }>();

/** FNV-1a over the bytes, with the length: a cheap key; equal bytes are confirmed on a hit. */
function keyOf(update: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < update.length; i++) {
    hash ^= update[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return `${update.length}:${hash >>> 0}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function isUpdateSafe(update: Uint8Array): Promise<boolean> {
  const key = keyOf(update);
  const known = recent.get(key);
  if (known && sameBytes(known.update, update)) return known.verdict;
  // A timeout is not a verdict on the bytes (the page may just be busy): not remembered.
  const forget = () => {
    if (recent.get(key)?.verdict === verdict) recent.delete(key);
  };
  const verdict = new Promise<boolean>((resolve) => ask(update, resolve, forget));
  recent.delete(key);
  recent.set(key, { update, verdict });
  if (recent.size > REMEMBERED_CHECKS) recent.delete(recent.keys().next().value as string);
  return verdict;
}
