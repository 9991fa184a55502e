// Invariant: the peer guard tells the live session each time a peer's sync
// step 2 (everything we lacked) has been applied, and only then: not for
// step 1, plain updates, awareness, or a step 2 it refused. That is how a
// reconnect's sync is seen after y-webrtc has reported its first one.
import { EventEmitter } from "node:events";
import * as encoding from "lib0/encoding";
import { describe, expect, it, vi } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { guardPeer } from "../../../src/live/messageGuard";

// Node has no web Worker; the worker runs this same updateApplies on each update.
vi.mock("../../../src/live/updateCheck", async () => {
  const { updateApplies } = await import("../../../src/live/updateTrial");
  return { isUpdateSafe: async (update: Uint8Array) => updateApplies(update) };
});

const frame = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // messageSync
  write(e);
  return encoding.toUint8Array(e);
};

class Peer extends EventEmitter<{ data: [Uint8Array] }> {
  destroyed = false;
  destroy() {
    this.destroyed = true;
  }
}

/** Lets the guard's checks finish: a promise chain with no timers, so one macrotask is enough. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("guardPeer's sync notice", () => {
  it("is given once per sync step 2 applied, never for other messages", async () => {
    const theirs = new Y.Doc();
    theirs.getMap("meta").set("title", "From the peer");
    const ours = new Y.Doc();
    const peer = new Peer();
    const delivered: Uint8Array[] = [];
    peer.on("data", (data: Uint8Array) => delivered.push(data)); // y-webrtc's own listener
    let syncs = 0;
    const rejected: string[] = [];
    guardPeer(
      peer,
      (reason) => rejected.push(reason),
      () => {
        // Told after y-webrtc has read the message, so the document already has it.
        expect(delivered.length).toBeGreaterThan(0);
        syncs++;
      },
    );

    peer.emit(
      "data",
      frame((e) => syncProtocol.writeSyncStep1(e, theirs)),
    );
    peer.emit(
      "data",
      frame((e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(theirs))),
    );
    await settle();
    expect(syncs).toBe(0);
    peer.emit(
      "data",
      frame((e) => syncProtocol.writeSyncStep2(e, theirs, Y.encodeStateVector(ours))),
    );
    await settle();
    expect(syncs).toBe(1);
    // A reconnect's handshake: a new step 2.
    peer.emit(
      "data",
      frame((e) => syncProtocol.writeSyncStep2(e, theirs)),
    );
    await settle();
    expect(syncs).toBe(2);
    expect(delivered).toHaveLength(4);
    expect(rejected).toEqual([]);
  });

  it("is not given for a step 2 the guard refused", async () => {
    const peer = new Peer();
    let syncs = 0;
    const rejected: string[] = [];
    guardPeer(
      peer,
      (reason) => rejected.push(reason),
      () => syncs++,
    );
    peer.emit(
      "data",
      frame((e) => {
        encoding.writeVarUint(e, 1); // step 2
        encoding.writeVarUint8Array(e, new Uint8Array([1, 2, 3, 250, 250]));
      }),
    );
    await settle();
    expect(rejected).toHaveLength(1);
    expect(peer.destroyed).toBe(true);
    expect(syncs).toBe(0);
  });
});
