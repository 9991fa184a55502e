// Invariant: through the real message path — y-protocols sync messages on
// ordered per-pair channels, each read behind the app's guardPeer, y-webrtc's
// re-broadcast of every update, the step-1/step-2 handshake on every (re)open,
// in-flight messages lost on close, page reloads — once every pair is
// connected and nothing is in flight, all replicas show the same document,
// no honest peer was ever refused, and nothing was swallowed as an error. A
// hostile peer's broken update is refused before it touches the document.
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import * as Y from "yjs";
import { addElement } from "../../../src/doc/commands";
import { rng } from "../../helpers/random.mjs";
import { expectConverged, observable, randomCommand, seedNetwork } from "./harness";
import { ProviderNetwork, settle, updateMessage } from "./providerNetwork";

// Node has no web Worker; the worker runs this same updateApplies on each update.
vi.mock("../../../src/live/updateCheck", async () => {
  const { updateApplies } = await import("../../../src/live/updateTrial");
  return { isUpdateSafe: async (update: Uint8Array) => updateApplies(update) };
});

const SEEDS = 100;

// y-protocols catches what applyUpdate throws (observers included) and only
// logs it, so a swallowed error shows up here and nowhere else.
let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
});

function expectQuiet(net: ProviderNetwork, rejections: string[] = []): void {
  expect(net.queued()).toBe(0);
  for (const r of net.replicas) {
    expect(r.doc.store.pendingStructs, r.name).toBeNull();
    expect(r.doc.store.pendingDs, r.name).toBeNull();
  }
  expect(net.rejections).toEqual(rejections);
  expect(consoleError).not.toHaveBeenCalled();
}

async function runProviderSeed(seed: number): Promise<ProviderNetwork> {
  const r = rng(seed);
  const net = new ProviderNetwork(2 + (seed % 4));
  const n = net.replicas.length;
  const pool: string[] = [];
  seedNetwork(net, r);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) if (r.chance(0.6)) net.connect(a, b);
  }
  const steps = 40 + r.int(80);
  for (let step = 0; step < steps; step++) {
    randomCommand(net.replicas[r.int(n)], r, pool);
    const deliveries = r.int(net.queued() + 1);
    for (let k = 0; k < deliveries; k++) net.deliverOne(r);
    if (r.chance(0.1)) {
      const a = r.int(n);
      const b = r.int(n);
      if (net.find(a, b)) net.disconnect(a, b);
      else net.connect(a, b);
    }
    if (r.chance(0.03)) net.reload(r.int(n));
    // Sometimes the next command, close or reload comes before the guards have
    // passed on what was delivered (a check still in the worker).
    if (r.chance(0.8)) await settle();
  }
  await net.drain(r);
  return net;
}

describe("convergence through the provider message path", () => {
  for (let seed = 1; seed <= SEEDS; seed++) {
    it(`seed ${seed} (${2 + (seed % 4)} replicas)`, async () => {
      const net = await runProviderSeed(seed);
      try {
        expectConverged(net);
        expectQuiet(net);
      } finally {
        net.close();
      }
    });
  }

  /** An update made on top of replica 0's state, as a peer's diff. */
  function foreignUpdate(net: ProviderNetwork): Uint8Array {
    const doc0 = net.replicas[0].doc;
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(doc0));
    addElement(attacker, {
      id: "intruder",
      kind: "outcome",
      title: "Injected",
      position: { x: 0, y: 0 },
    });
    const update = Y.encodeStateAsUpdate(attacker, Y.encodeStateVector(doc0));
    attacker.destroy();
    return update;
  }

  it.each([
    [
      // Yjs integrates the structs before it reads the delete set and throws,
      // so without the guard replica 0 would show "Injected".
      "an update whose delete set is cut off",
      (net: ProviderNetwork) => updateMessage(foreignUpdate(net).slice(0, -1)),
      "unusable update",
    ],
    [
      "an update cut in half",
      (net: ProviderNetwork) => {
        const update = foreignUpdate(net);
        return updateMessage(update.slice(0, update.length >> 1));
      },
      "unusable update",
    ],
    [
      "a sync message whose framing is truncated",
      (net: ProviderNetwork) => {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint(e, 200);
        encoding.writeUint8Array(e, foreignUpdate(net).slice(0, 20));
        return encoding.toUint8Array(e);
      },
      "Unexpected end of array",
    ],
  ])(
    "a hostile peer sending %s is cut off; replica 0 is untouched and the rest converges",
    async (_name, message, reason) => {
      const r = rng(42);
      const net = new ProviderNetwork(3);
      try {
        const pool: string[] = [];
        seedNetwork(net, r);
        await net.drain(r);
        // Some edits while replica 0 is cut off from replica 2.
        net.disconnect(0, 2);
        for (let step = 0; step < 30; step++) {
          randomCommand(net.replicas[r.int(3)], r, pool);
          net.deliverOne(r);
          await settle();
        }

        const hostile = net.connectHostile(0);
        const before = observable(net.replicas[0]);
        const vector = Y.encodeStateVector(net.replicas[0].doc);
        hostile.peers[1].send(message(net));
        hostile.deliver(1);
        await settle();

        expect(observable(net.replicas[0])).toEqual(before);
        expect(Y.encodeStateVector(net.replicas[0].doc)).toEqual(vector);
        expect(net.rejections).toEqual([`r0 refused hostile: ${reason}`]);
        expect(hostile.open).toBe(false);
        // Replica 0's other connection is still up.
        expect(net.find(0, 1)).toBeDefined();

        await net.drain(r);
        expectConverged(net);
        expect(net.replicas[0].mirror?.elements.some((e) => e.id === "intruder")).toBe(false);
        expectQuiet(net, [`r0 refused hostile: ${reason}`]);
      } finally {
        net.close();
      }
    },
  );
});
