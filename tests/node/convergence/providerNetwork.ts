// A simulated y-webrtc room for the convergence tests (not a test file). Each
// pair of replicas may have a connection: two reliable, ordered queues (an
// RTCDataChannel) and a fake simple-peer per side. As in the app, each side's
// 'data' listener is y-webrtc's readMessage (sync messages only) with
// guardPeer in front of it, each side sends sync step 1 on open, and every
// doc update (local, remote or loaded) goes to all of a replica's open
// connections. Closing drops what is in flight both ways; a reload closes all
// of a replica's connections and reopens it from its full state.
import { EventEmitter } from "node:events";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { guardPeer } from "../../../src/live/messageGuard";
import type { Rng } from "../../helpers/random.mjs";
import { openReplica, type Replica, type ReplicaSet, reloadReplica } from "./harness";

const MESSAGE_SYNC = 0;

/** Lets every promise chain started so far (the guards') run to its end. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A sync-protocol update message carrying `update` (as y-webrtc frames it). */
export function updateMessage(update: Uint8Array): Uint8Array {
  return frame((e) => syncProtocol.writeUpdate(e, update));
}

/** One end of a connection, as simple-peer looks to y-webrtc and guardPeer. */
export class FakePeer extends EventEmitter<{ data: [Uint8Array] }> {
  constructor(
    private readonly connection: Connection,
    private readonly side: 0 | 1,
  ) {
    super();
  }

  /** Like simple-peer, throws once the connection is closed. */
  send(data: Uint8Array): void {
    if (!this.connection.open) throw new Error("connection is closed");
    this.connection.queues[this.side].push(data);
  }

  destroy(): void {
    this.connection.close();
  }
}

/** y-webrtc's sendWebrtcConn: a failed send is ignored. */
function trySend(peer: FakePeer, data: Uint8Array): void {
  try {
    peer.send(data);
  } catch {}
}

export class Connection {
  open = true;
  /** queues[s]: what side s sent that the other side has not received yet, oldest first. */
  readonly queues: [Uint8Array[], Uint8Array[]] = [[], []];
  readonly peers: [FakePeer, FakePeer] = [new FakePeer(this, 0), new FakePeer(this, 1)];

  /** ends[s]: the replica index at side s (-1 for a peer the test drives). */
  constructor(readonly ends: [number, number]) {}

  close(): void {
    this.open = false;
    this.queues[0].length = 0;
    this.queues[1].length = 0;
  }

  /** Side s's oldest message in flight arrives at the other side. */
  deliver(side: 0 | 1): void {
    const data = this.queues[side].shift();
    if (data) this.peers[1 - side].emit("data", data);
  }

  queued(): number {
    return this.queues[0].length + this.queues[1].length;
  }
}

export class ProviderNetwork implements ReplicaSet {
  readonly replicas: Replica[] = [];
  readonly shownProblems: string[] = [];
  /** Every guard rejection: who refused whom, and why. */
  readonly rejections: string[] = [];
  private connections: Connection[] = [];
  /** The origin y-webrtc gives remote updates: its Room (neither REMOTE nor LOCAL). */
  private readonly rooms = new WeakMap<Replica, object>();

  constructor(count: number) {
    for (let i = 0; i < count; i++) this.replicas.push(this.open(`r${i}`, i, null));
  }

  private open(name: string, index: number, state: Uint8Array | null): Replica {
    const replica = openReplica(name, state, this.shownProblems, (update) => {
      // y-webrtc's _docUpdateHandler: every update, whatever its origin, to every peer.
      const message = updateMessage(update);
      for (const c of this.openConnections()) {
        const side = c.ends.indexOf(index);
        if (side >= 0) trySend(c.peers[side], message);
      }
    });
    this.rooms.set(replica, { room: name });
    return replica;
  }

  private openConnections(): Connection[] {
    this.connections = this.connections.filter((c) => c.open);
    return this.connections;
  }

  /** Side `side` of `c` becomes replica `index`'s peer: listener, then guard. */
  private attach(c: Connection, side: 0 | 1): void {
    const index = c.ends[side];
    const replica = this.replicas[index];
    const room = this.rooms.get(replica);
    const peer = c.peers[side];
    const other = c.ends[1 - side] >= 0 ? this.replicas[c.ends[1 - side]].name : "hostile";
    // y-webrtc's WebrtcConn 'data' listener: readPeerMessage → readMessage.
    peer.on("data", (data: Uint8Array) => {
      // A reloaded page runs nothing any more.
      if (this.replicas[index] !== replica) return;
      const decoder = decoding.createDecoder(data);
      const encoder = encoding.createEncoder();
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // no awareness here
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const step = syncProtocol.readSyncMessage(decoder, encoder, replica.doc, room);
      if (step === syncProtocol.messageYjsSyncStep1) trySend(peer, encoding.toUint8Array(encoder));
    });
    // As liveSession does for every new y-webrtc connection.
    guardPeer(peer, (reason) =>
      this.rejections.push(`${replica.name} refused ${other}: ${reason}`),
    );
  }

  /** y-webrtc on 'connect': send sync step 1. */
  private sendStep1(c: Connection, side: 0 | 1): void {
    const doc = this.replicas[c.ends[side]].doc;
    trySend(
      c.peers[side],
      frame((e) => syncProtocol.writeSyncStep1(e, doc)),
    );
  }

  find(a: number, b: number): Connection | undefined {
    return this.openConnections().find(
      (c) => (c.ends[0] === a && c.ends[1] === b) || (c.ends[0] === b && c.ends[1] === a),
    );
  }

  connect(a: number, b: number): void {
    if (a === b || this.find(a, b)) return;
    const c = new Connection([a, b]);
    this.connections.push(c);
    this.attach(c, 0);
    this.attach(c, 1);
    this.sendStep1(c, 0);
    this.sendStep1(c, 1);
  }

  disconnect(a: number, b: number): void {
    this.find(a, b)?.close();
  }

  /** A connection to replica `index` whose other side (1) the test drives. */
  connectHostile(index: number): Connection {
    const c = new Connection([index, -1]);
    this.connections.push(c);
    this.attach(c, 0);
    this.sendStep1(c, 0);
    return c;
  }

  /** Messages in flight between replicas (not towards a test-driven peer). */
  queued(): number {
    let n = 0;
    for (const c of this.openConnections()) {
      if (c.ends[0] >= 0) n += c.queues[1].length;
      if (c.ends[1] >= 0) n += c.queues[0].length;
    }
    return n;
  }

  /** The oldest message of one random non-empty queue towards a replica arrives. */
  deliverOne(rng: Rng): void {
    const heads: Array<[Connection, 0 | 1]> = [];
    for (const c of this.openConnections()) {
      if (c.ends[1] >= 0 && c.queues[0].length) heads.push([c, 0]);
      if (c.ends[0] >= 0 && c.queues[1].length) heads.push([c, 1]);
    }
    if (heads.length === 0) return;
    const [c, side] = rng.pick(heads);
    c.deliver(side);
  }

  /** Closes a replica's connections and opens it again from its full state (a page reload). */
  reload(index: number): void {
    for (const c of this.openConnections()) if (c.ends.includes(index)) c.close();
    reloadReplica(this.replicas, index, (...args) => this.open(...args));
  }

  /** Connects every pair, then delivers (in random order) until nothing is left anywhere. */
  async drain(rng: Rng): Promise<void> {
    await settle();
    for (let a = 0; a < this.replicas.length; a++) {
      for (let b = a + 1; b < this.replicas.length; b++) this.connect(a, b);
    }
    for (let guard = 0; this.queued() > 0; guard++) {
      if (guard > 100_000) throw new Error("the network does not quiesce");
      this.deliverOne(rng);
      await settle();
    }
  }

  close(): void {
    for (const c of this.openConnections()) c.close();
    for (const r of this.replicas) r.stop();
  }
}
