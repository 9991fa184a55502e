// One live session: y-webrtc on the open document, with our own signaling
// server (never the public default), no STUN/TURN unless configured, the room
// secret as y-webrtc's password, and every peer message checked before
// y-webrtc reads it (messageGuard.ts). Created once per document and room,
// outside React render; destroy() is idempotent.

import { Awareness } from "y-protocols/awareness";
import { WebrtcProvider } from "y-webrtc";
import type * as Y from "yjs";
import { guardPeer } from "./messageGuard";
import { deriveRoomKey, openSignal, sealSignal } from "./secretCheck";

export interface SessionConfig {
  signalingUrl: string;
  iceServers: RTCIceServer[];
}

export interface SessionState {
  signaling: "connecting" | "connected" | "offline";
  /** Peers connected over WebRTC (BroadcastChannel tabs of this browser not counted). */
  peers: number;
  /**
   * True once a peer has sent us the whole document; false again while no
   * peer is connected, so the sync after a reconnect counts as a new one.
   */
  synced: boolean;
  problem: null | "wrong-secret";
  /** Peers disconnected because they sent something unusable. */
  rejectedPeers: number;
}

/** The connection of one document to one room. */
export interface RoomConnection {
  roomId: string;
  awareness: Awareness;
  getState(): SessionState;
  subscribe(listener: (state: SessionState) => void): () => void;
  /** Peer ids of WebRTC connections (for tests and the participant list). */
  webrtcPeerIds(): string[];
  /** Leaves the room; resolves once y-webrtc has let go of it (a new session may then start). */
  destroy(): Promise<void>;
}

const WRONG_SECRET_AFTER_MS = 4000;
const REANNOUNCE_MS = 2000;
const REANNOUNCE_MAX_MS = 60_000;

interface SignalingConnLike {
  connected: boolean;
  send(message: unknown): void;
  on(event: string, fn: (arg: unknown) => void): void;
  off(event: string, fn: (arg: unknown) => void): void;
}

export function startLiveSession(
  doc: Y.Doc,
  roomId: string,
  secret: string,
  config: SessionConfig,
): RoomConnection {
  const awareness = new Awareness(doc);
  const provider = new WebrtcProvider(roomId, doc, {
    signaling: [config.signalingUrl],
    password: secret,
    awareness,
    maxConns: 40,
    filterBcConns: true,
    peerOpts: { config: { iceServers: config.iceServers } },
  });
  let state: SessionState = {
    signaling: "connecting",
    peers: 0,
    synced: false,
    problem: null,
    rejectedPeers: 0,
  };
  const listeners = new Set<(s: SessionState) => void>();
  const set = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };
  const webrtcPeerIds = () => [...(provider.room?.webrtcConns.keys() ?? [])];

  // A peer that sent something unusable stays out for the rest of this session.
  const banned = new Set<string>();
  // y-webrtc lists a connection as soon as it starts connecting (and keeps it
  // until ICE gives up, ~30 s), so only open connections count as peers.
  const recountPeers = () => {
    let peers = 0;
    for (const [id, c] of provider.room?.webrtcConns ?? [])
      if (c.connected && !banned.has(id)) peers++;
    if (peers !== state.peers) set({ peers, synced: state.synced && peers > 0 });
  };
  // y-webrtc reports only its first sync; later ones (after losing every
  // peer) are seen in the guard as the peer's sync step 2 arriving.
  const onPeerSynced = () => {
    if (!state.synced) set({ synced: true });
  };
  provider.on("peers", (event: { added: string[]; webrtcPeers: string[] }) => {
    for (const id of event.added) {
      const conn = provider.room?.webrtcConns.get(id);
      if (!conn) continue;
      if (banned.has(id)) {
        conn.peer.destroy();
        continue;
      }
      guardPeer(
        conn.peer,
        () => {
          banned.add(id);
          set({ rejectedPeers: state.rejectedPeers + 1 });
          recountPeers();
        },
        onPeerSynced,
      );
      conn.peer.on("connect", recountPeers);
    }
    recountPeers();
  });
  provider.on("synced", (event: { synced: boolean }) => {
    if (event.synced) onPeerSynced();
  });

  // Signaling status and the wrong-secret check, on the shared signaling socket.
  // y-webrtc never answers what it cannot decrypt, so a newcomer with the wrong
  // secret would hear nothing and see an empty room. Hence:
  // - the server sends our own messages back with `clients`, the number of
  //   subscribers: our first one tells whether others were here when we came;
  // - our own messages always open, so only others' count as "opened";
  // - a peer that came to an empty room, or is connected, answers a message it
  //   cannot open by announcing itself again (backing off, so two groups with
  //   different secrets in one room do not talk forever), which the newcomer
  //   cannot open either;
  // - a newcomer that then has only unopenable messages and no peer is told.
  // A host alone in the room is never told (the intruder has the wrong link).
  const keyPromise = deriveRoomKey(secret, roomId);
  let opened = 0;
  let unopened = 0;
  let cameToOccupiedRoom: boolean | null = null;
  let reannounceAfter = 0;
  let reannounceGap = REANNOUNCE_MS;
  const conn = (provider.signalingConns[0] ?? null) as unknown as SignalingConnLike | null;
  const onConnect = () => set({ signaling: "connected" });
  const onDisconnect = () => set({ signaling: "offline" });
  const inDoubt = () => cameToOccupiedRoom !== false && opened === 0 && state.peers === 0;
  const reannounce = (key: CryptoKey) => {
    const peerId = provider.room?.peerId;
    const now = Date.now();
    if (!peerId || !conn?.connected || inDoubt() || now < reannounceAfter) return;
    reannounceAfter = now + reannounceGap;
    reannounceGap = Math.min(reannounceGap * 2, REANNOUNCE_MAX_MS);
    void sealSignal({ type: "announce", from: peerId }, key).then((data) => {
      if (conn.connected) conn.send({ type: "publish", topic: roomId, data });
    });
  };
  const onMessage = (message: unknown) => {
    const m = message as { type?: unknown; topic?: unknown; data?: unknown; clients?: unknown };
    if (m?.type !== "publish" || m.topic !== roomId) return;
    void keyPromise.then(async (key) => {
      const signal = await openSignal(m.data, key);
      if (signal === null) {
        unopened++;
        reannounce(key);
      } else if (signal.from === provider.room?.peerId) {
        if (cameToOccupiedRoom === null && typeof m.clients === "number") {
          cameToOccupiedRoom = m.clients > 1;
        }
      } else {
        opened++;
        if (state.problem) set({ problem: null });
      }
    });
  };
  conn?.on("connect", onConnect);
  conn?.on("disconnect", onDisconnect);
  conn?.on("message", onMessage);
  if (conn?.connected) set({ signaling: "connected" });
  const wrongSecretTimer = setInterval(() => {
    if (cameToOccupiedRoom && unopened > 0 && inDoubt() && state.problem === null) {
      set({ problem: "wrong-secret" });
    }
  }, WRONG_SECRET_AFTER_MS);

  let destroying: Promise<void> | null = null;
  return {
    roomId,
    awareness,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    webrtcPeerIds,
    destroy() {
      if (destroying) return destroying;
      clearInterval(wrongSecretTimer);
      conn?.off("connect", onConnect);
      conn?.off("disconnect", onDisconnect);
      conn?.off("message", onMessage);
      listeners.clear();
      awareness.setLocalState(null);
      // destroy() alone leaves the shared signaling socket open; disconnect first.
      provider.disconnect();
      provider.destroy();
      awareness.destroy();
      const released = Promise.resolve(provider.key).then(() => undefined);
      destroying = released;
      return released;
    },
  };
}
