// The page's side of auto-layout: sends a request to the layout worker
// (created on first use) and resolves with the new positions. One request at a
// time: a newer one rejects the older with LayoutCancelledError. A request
// unanswered after 20 seconds rejects in plain English and the worker is
// terminated (the next request starts a fresh one). The main thread only posts
// the input and receives the Map; ELK never runs here. prepareLayout() starts
// the worker ahead of the first request.
// Pinned by tests/node/layout/runLayout.test.ts (with a stand-in Worker).
import type { LayoutReply } from "./request";
import { LayoutError, type LayoutInput, type LayoutResult } from "./types";

export const LAYOUT_TIME_LIMIT_MS = 20_000;

/** The request was replaced by a newer one or cancelled; usually nothing to tell anyone. */
export class LayoutCancelledError extends LayoutError {
  override name = "LayoutCancelledError";
}

interface Pending {
  id: number;
  resolve: (positions: LayoutResult) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

let worker: Worker | null = null;
let pending: Pending | null = null;
let nextId = 1;

function settle(): Pending | null {
  const job = pending;
  pending = null;
  if (job) clearTimeout(job.timer);
  return job;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function failAndStop(message: string): void {
  settle()?.reject(new LayoutError(message));
  stopWorker();
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  created.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (!pending || reply?.id !== pending.id) return; // an answer to a superseded request
    const job = settle() as Pending;
    if (reply.ok) job.resolve(reply.positions);
    else job.reject(new LayoutError(reply.error));
  };
  created.onerror = (event) => {
    event.preventDefault?.();
    failAndStop("Auto-layout stopped unexpectedly. Nothing was moved.");
  };
  created.onmessageerror = () => {
    failAndStop("Auto-layout sent back something unreadable. Nothing was moved.");
  };
  worker = created;
  return created;
}

/**
 * New positions for the input's elements (document units), or with `only` for just those
 * ("tidy selection"). Rejects with a LayoutError whose message can be shown as is.
 */
export function runLayout(input: LayoutInput, only?: ReadonlySet<string>): Promise<LayoutResult> {
  settle()?.reject(new LayoutCancelledError("A newer auto-layout replaced this one."));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      failAndStop(
        `Auto-layout took longer than ${LAYOUT_TIME_LIMIT_MS / 1000} seconds and was stopped. Nothing was moved.`,
      );
    }, LAYOUT_TIME_LIMIT_MS);
    pending = { id, resolve, reject, timer };
    try {
      getWorker().postMessage({ id, input, only: only ? [...only] : undefined });
    } catch {
      failAndStop("Auto-layout could not start in this browser. Nothing was moved.");
    }
  });
}

const WARM_UP: LayoutInput = {
  elements: [
    { id: "a", stage: "activities", position: { x: 0, y: 0 } },
    { id: "b", stage: "outputs", position: { x: 0, y: 0 } },
  ],
  links: [{ source: "a", target: "b" }],
};

/**
 * Starts the worker and has it lay out a two-element graph, so the first real request does not
 * wait for the worker to load and compile ELK (seconds on a slow laptop; BENCHMARKS.md). Does
 * nothing once the worker runs; never rejects. A real request made meanwhile supersedes it.
 */
export function prepareLayout(): Promise<void> {
  if (worker || pending) return Promise.resolve();
  return runLayout(WARM_UP).then(
    () => undefined,
    () => undefined,
  );
}

/** Rejects the request in progress, if any, and stops the worker (freeing its memory). */
export function cancelLayout(): void {
  settle()?.reject(new LayoutCancelledError("Auto-layout was cancelled."));
  stopWorker();
}
