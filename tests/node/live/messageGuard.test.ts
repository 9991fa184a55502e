// Peer messages are refused before y-webrtc reads them when they are too
// large, malformed, of an unknown type, or arrive too fast. (Updates are
// trial-applied in a worker; that path is covered by the browser tests.)
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  checkPeerMessage,
  createRateLimit,
  MAX_AWARENESS_BYTES,
  MAX_MESSAGE_BYTES,
} from "../../../src/live/messageGuard";

function message(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

describe("checkPeerMessage", () => {
  it("accepts sync step 1 with a real state vector and small awareness", async () => {
    const step1 = message((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
    });
    expect(await checkPeerMessage(step1)).toEqual({ ok: true });
    const awareness = message((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, new Uint8Array(100));
    });
    expect(await checkPeerMessage(awareness)).toEqual({ ok: true });
  });

  it.each([
    ["empty", new Uint8Array()],
    ["unknown type", message((e) => encoding.writeVarUint(e, 9))],
    ["truncated sync", new Uint8Array([0, 1, 200])],
    [
      "unknown sync step",
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 7);
        encoding.writeVarUint8Array(e, new Uint8Array(3));
      }),
    ],
    [
      "oversized awareness",
      message((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(e, new Uint8Array(MAX_AWARENESS_BYTES + 1));
      }),
    ],
  ])("refuses %s", async (_name, data) => {
    expect((await checkPeerMessage(data)).ok).toBe(false);
  });

  it("refuses a message over the size cap without reading it", async () => {
    const big = new Uint8Array(MAX_MESSAGE_BYTES + 1);
    expect(await checkPeerMessage(big)).toEqual({ ok: false, reason: "message too large" });
  });
});

describe("createRateLimit", () => {
  it("allows a burst, then refuses a flood, then recovers", () => {
    let now = 0;
    const allow = createRateLimit(() => now);
    let allowed = 0;
    for (let i = 0; i < 10_000; i++) if (allow()) allowed++;
    expect(allowed).toBeGreaterThan(100);
    expect(allowed).toBeLessThan(2000);
    expect(allow()).toBe(false);
    now += 1000;
    expect(allow()).toBe(true);
  });
});
