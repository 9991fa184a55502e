// The layout worker's message handler (src/layout/layout.worker.ts), run in
// node with a stand-in `self` and the real ELK: a good request is answered
// with positions for every element, a malformed one with a plain-English
// refusal under the same id.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { LayoutReply } from "../../../src/layout/request";
import { tocGraph } from "./helpers";

const replies: LayoutReply[] = [];
const fakeSelf: { onmessage: ((e: { data: unknown }) => Promise<void>) | null } & {
  postMessage: (r: LayoutReply) => void;
} = { onmessage: null, postMessage: (r) => replies.push(r) };

beforeAll(async () => {
  vi.stubGlobal("self", fakeSelf);
  await import("../../../src/layout/layout.worker");
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe("layout worker", () => {
  it("answers a request with positions for every element", async () => {
    const input = tocGraph(50, 2);
    await fakeSelf.onmessage?.({ data: { id: 11, input } });
    const reply = replies.pop();
    expect(reply?.id).toBe(11);
    expect(reply?.ok).toBe(true);
    if (reply?.ok) expect(reply.positions.size).toBe(50);
  });

  it("refuses a malformed request under the same id", async () => {
    await fakeSelf.onmessage?.({ data: { id: 12, input: { elements: "all", links: [] } } });
    expect(replies.pop()).toEqual({
      id: 12,
      ok: false,
      error:
        "The diagram could not be arranged: the request held no elements or links. Nothing was moved.",
    });
  });
});
