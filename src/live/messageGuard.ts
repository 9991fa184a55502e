// Checks every message a WebRTC peer sends before y-webrtc reads it. y-webrtc
// applies peer messages itself, with no hook, so we take over the peer's
// 'data' listeners: messages are checked in order (size, rate, shape, and
// updates trial-applied off the main thread) and only good ones are passed on.
// A bad message disconnects that peer; the document never sees it.
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { isUpdateSafe } from "./updateCheck";

export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
export const MAX_AWARENESS_BYTES = 64 * 1024;
const RATE_PER_SECOND = 200;
const RATE_BURST = 1000;

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const MESSAGE_BC_PEER_ID = 4;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type Verdict = { ok: true } | { ok: false; reason: string };

/** What kind of check a message needs; throws on malformed framing. */
function classify(data: Uint8Array): { kind: "plain" } | { kind: "update"; update: Uint8Array } {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_SYNC) {
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === SYNC_STEP_1) {
      Y.decodeStateVector(payload);
      return { kind: "plain" };
    }
    if (step === SYNC_STEP_2 || step === SYNC_UPDATE) return { kind: "update", update: payload };
    throw new Error("unknown sync step");
  }
  if (type === MESSAGE_AWARENESS) {
    const payload = decoding.readVarUint8Array(decoder);
    if (payload.length > MAX_AWARENESS_BYTES) throw new Error("awareness too large");
    return { kind: "plain" };
  }
  if (type === MESSAGE_QUERY_AWARENESS || type === MESSAGE_BC_PEER_ID) return { kind: "plain" };
  throw new Error("unknown message type");
}

export async function checkPeerMessage(data: Uint8Array): Promise<Verdict> {
  if (data.byteLength > MAX_MESSAGE_BYTES) return { ok: false, reason: "message too large" };
  let plan: ReturnType<typeof classify>;
  try {
    plan = classify(data);
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : "unreadable message" };
  }
  if (plan.kind === "plain") return { ok: true };
  return (await isUpdateSafe(plan.update))
    ? { ok: true }
    : { ok: false, reason: "unusable update" };
}

/** A token bucket: true while the peer stays within the allowed message rate. */
export function createRateLimit(now: () => number = () => performance.now()) {
  let tokens = RATE_BURST;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(RATE_BURST, tokens + ((t - last) / 1000) * RATE_PER_SECOND);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

interface PeerLike {
  listeners(event: "data"): Array<(data: Uint8Array) => void>;
  removeAllListeners(event: "data"): void;
  on(event: "data", listener: (data: Uint8Array) => void): void;
  destroy(): void;
}

const guarded = new WeakSet<object>();

/** True for sync step 2: the peer's answer holding everything we lacked. */
function isSyncStep2(data: Uint8Array): boolean {
  const decoder = decoding.createDecoder(data);
  return (
    decoding.readVarUint(decoder) === MESSAGE_SYNC && decoding.readVarUint(decoder) === SYNC_STEP_2
  );
}

/**
 * Puts the check in front of a simple-peer connection's data listeners.
 * `onSynced` is told each time the peer's sync step 2 has been applied.
 */
export function guardPeer(
  peer: PeerLike,
  onRejected: (reason: string) => void,
  onSynced: () => void = () => {},
): void {
  if (guarded.has(peer)) return;
  guarded.add(peer);
  const deliver = peer.listeners("data");
  peer.removeAllListeners("data");
  const withinRate = createRateLimit();
  let chain = Promise.resolve();
  let rejected = false;
  const reject = (reason: string) => {
    if (rejected) return;
    rejected = true;
    peer.destroy();
    onRejected(reason);
  };
  peer.on("data", (raw) => {
    if (rejected) return;
    if (!withinRate()) return reject("too many messages");
    const data = raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer);
    chain = chain.then(async () => {
      if (rejected) return;
      const verdict = await checkPeerMessage(data);
      if (!verdict.ok) return reject(verdict.reason);
      try {
        for (const listener of deliver) listener.call(peer, data);
      } catch {
        return reject("message could not be read");
      }
      if (isSyncStep2(data)) onSynced();
    });
  });
}
