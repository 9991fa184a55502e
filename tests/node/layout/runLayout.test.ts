// The page's side of auto-layout (src/layout/runLayout.ts), with a stand-in
// Worker: the worker is created on first use as a module worker; a newer
// request supersedes an older (whose late answer is ignored); an error reply,
// a crashed worker or a request that cannot be sent reject in plain English;
// a request unanswered after 20 seconds rejects and terminates the worker;
// prepareLayout warms the worker up without getting in a real request's way.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  cancelLayout,
  LAYOUT_TIME_LIMIT_MS,
  LayoutCancelledError,
  prepareLayout,
  runLayout,
} from "../../../src/layout/runLayout";
import { LayoutError, type LayoutInput } from "../../../src/layout/types";

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: { id: number; input: LayoutInput; only?: string[] }[] = [];
  terminated = false;
  failPost = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number; input: LayoutInput; only?: string[] }): void {
    if (this.failPost) throw new DOMException("could not be cloned", "DataCloneError");
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.onmessage?.({ data });
  }
}

const input: LayoutInput = {
  elements: [{ id: "a", stage: "inputs", position: { x: 0, y: 0 } }],
  links: [],
};
const positions = new Map([["a", { x: 40, y: 0 }]]);
const latest = () => FakeWorker.made[FakeWorker.made.length - 1];

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal("Worker", FakeWorker);
});

afterEach(() => {
  cancelLayout();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("runLayout", () => {
  it("creates the module worker on first use and resolves with its positions", async () => {
    expect(FakeWorker.made).toHaveLength(0);
    const result = runLayout(input, new Set(["a"]));
    const worker = latest();
    expect(worker.options).toEqual({ type: "module" });
    expect(worker.url.pathname).toMatch(/src\/layout\/layout\.worker\.ts$/);
    const [message] = worker.posted;
    expect(message).toMatchObject({ input, only: ["a"] });
    worker.answer({ id: message.id, ok: true, positions });
    await expect(result).resolves.toEqual(positions);
    // The same worker serves the next request.
    const next = runLayout(input);
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.posted[1].only).toBeUndefined();
    worker.answer({ id: worker.posted[1].id, ok: true, positions });
    await expect(next).resolves.toEqual(positions);
  });

  it("a newer request supersedes an older one; the older's late answer is ignored", async () => {
    const first = runLayout(input);
    const second = runLayout(input);
    await expect(first).rejects.toBeInstanceOf(LayoutCancelledError);
    const worker = latest();
    const [old, current] = worker.posted;
    worker.answer({ id: old.id, ok: true, positions: new Map() });
    worker.answer({ id: current.id, ok: true, positions });
    await expect(second).resolves.toEqual(positions);
  });

  it("an error reply rejects with the worker's plain-English message", async () => {
    const result = runLayout(input);
    const worker = latest();
    worker.answer({ id: worker.posted[0].id, ok: false, error: "Too many. Nothing was moved." });
    await expect(result).rejects.toThrow(new LayoutError("Too many. Nothing was moved."));
  });

  it("times out after the limit, terminates the worker, and starts a fresh one next time", async () => {
    vi.useFakeTimers();
    const result = runLayout(input);
    const caught = result.catch((e: Error) => e);
    const worker = latest();
    vi.advanceTimersByTime(LAYOUT_TIME_LIMIT_MS - 1);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    const error = await caught;
    expect(error).toBeInstanceOf(LayoutError);
    expect((error as Error).message).toBe(
      "Auto-layout took longer than 20 seconds and was stopped. Nothing was moved.",
    );
    expect(worker.terminated).toBe(true);
    const again = runLayout(input);
    expect(FakeWorker.made).toHaveLength(2);
    latest().answer({ id: latest().posted[0].id, ok: true, positions });
    await expect(again).resolves.toEqual(positions);
  });

  it("a crashed worker or an unsendable request rejects in plain English", async () => {
    const crashed = runLayout(input);
    latest().onerror?.({ preventDefault() {} });
    await expect(crashed).rejects.toThrow(/stopped unexpectedly\. Nothing was moved\./);
    expect(FakeWorker.made[0].terminated).toBe(true);
    const unsendable = runLayout(input);
    const worker = latest();
    expect(worker).not.toBe(FakeWorker.made[0]);
    worker.failPost = true;
    await expect(runLayout(input)).rejects.toThrow(/could not start/);
    await expect(unsendable).rejects.toBeInstanceOf(LayoutCancelledError);
  });

  it("cancelLayout rejects the request in progress and stops the worker", async () => {
    const result = runLayout(input);
    cancelLayout();
    await expect(result).rejects.toBeInstanceOf(LayoutCancelledError);
    expect(latest().terminated).toBe(true);
  });

  it("prepareLayout starts the worker with a small warm-up that a real request supersedes", async () => {
    const prepared = prepareLayout();
    const worker = latest();
    expect(worker.posted[0].input.elements).toHaveLength(2);
    const result = runLayout(input);
    await expect(prepared).resolves.toBeUndefined(); // superseded, never rejects
    expect(FakeWorker.made).toHaveLength(1);
    await prepareLayout(); // the worker runs: nothing more is sent
    expect(worker.posted).toHaveLength(2);
    worker.answer({ id: worker.posted[1].id, ok: true, positions });
    await expect(result).resolves.toEqual(positions);
  });
});
