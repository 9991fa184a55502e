// The page's side of the update check: each update is asked of the worker
// once, copies of it (y-webrtc re-sends every update to every peer) share
// that answer, and a worker that does not answer in time fails only that
// check — which is not remembered, so a later copy is asked again.
// Node has no web Worker: a stand-in answers with the worker's own function.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { updateApplies } from "../../../src/live/updateTrial";

class StandInWorker {
  static posted: Uint8Array[] = [];
  static silent = false;
  static created = 0;
  onmessage: ((event: { data: { id: number; ok: boolean } }) => void) | null = null;
  constructor() {
    StandInWorker.created++;
  }
  postMessage({ id, update }: { id: number; update: Uint8Array }) {
    StandInWorker.posted.push(update);
    if (StandInWorker.silent) return;
    setTimeout(() => this.onmessage?.({ data: { id, ok: updateApplies(update) } }), 1);
  }
  terminate() {}
}

function anUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("meta").set("title", text);
  return Y.encodeStateAsUpdate(doc);
}

async function loadCheck() {
  vi.resetModules();
  return (await import("../../../src/live/updateCheck")).isUpdateSafe;
}

beforeEach(() => {
  StandInWorker.posted = [];
  StandInWorker.silent = false;
  StandInWorker.created = 0;
  vi.stubGlobal("Worker", StandInWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("isUpdateSafe", () => {
  it("asks once for copies of the same bytes, and again for different bytes", async () => {
    const isUpdateSafe = await loadCheck();
    const update = anUpdate("Clean water");
    const copy = update.slice(); // as it arrives from a second peer: equal bytes, another array
    const verdicts = await Promise.all([isUpdateSafe(update), isUpdateSafe(copy)]);
    expect(verdicts).toEqual([true, true]);
    expect(await isUpdateSafe(update.slice())).toBe(true);
    expect(StandInWorker.posted).toHaveLength(1);
    expect(await isUpdateSafe(anUpdate("Clean air"))).toBe(true);
    expect(StandInWorker.posted).toHaveLength(2);
  });

  it("refuses a broken update, and its copies, from one check", async () => {
    const isUpdateSafe = await loadCheck();
    const broken = anUpdate("Clean water").slice(0, -1); // delete set cut off
    expect(await isUpdateSafe(broken)).toBe(false);
    expect(await isUpdateSafe(broken.slice())).toBe(false);
    expect(StandInWorker.posted).toHaveLength(1);
  });

  it("a check the worker does not answer in time fails, is not remembered, and the worker is replaced", async () => {
    vi.useFakeTimers();
    const isUpdateSafe = await loadCheck();
    StandInWorker.silent = true;
    const update = anUpdate("Clean water");
    const first = isUpdateSafe(update);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await first).toBe(false);
    StandInWorker.silent = false;
    const again = isUpdateSafe(update.slice());
    await vi.advanceTimersByTimeAsync(10);
    expect(await again).toBe(true);
    expect(StandInWorker.posted).toHaveLength(2);
    expect(StandInWorker.created).toBe(2);
  });
});
