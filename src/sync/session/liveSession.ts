// One live session: y-webrtc on the open document, with our own signaling
// server (never the public default), no STUN/TURN unless configured, the room
// secret as y-webrtc's password, and every peer message checked before
// y-webrtc reads it (messageGuard.ts). Created once per document and room,
// outside React render; destroy() is idempotent.

import { Awareness } from "y-protocols/awareness";
import { WebrtcProvider } from "y-webrtc";
import type * as Y from "yjs";
import { guardPeer } from "./messageGuard";
import { deriveRoomKey, opensWithKey } from "./secretCheck";

export interface SessionConfig {
  signalingUrl: string;
  iceServers: RTCIceServer[];
}

export interface SessionState {
  signaling: "connecting" | "connected" | "offline";
  /** Peers connected over WebRTC (BroadcastChannel tabs of this browser not counted). */
  peers: number;
  /** True once a peer has sent us the whole document. */
  synced: boolean;
  problem: null | "wrong-secret";
  /** Peers disconnected because they sent something unusable. */
  rejectedPeers: number;
}

export interface LiveSession {
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

export function defaultSignalingUrl(): string {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.host}/signaling`;
}

interface SignalingConnLike {
  connected: boolean;
  on(event: string, fn: (arg: unknown) => void): void;
  off(event: string, fn: (arg: unknown) => void): void;
}

export function startLiveSession(
  doc: Y.Doc,
  roomId: string,
  secret: string,
  config: SessionConfig,
): LiveSession {
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

  provider.on("peers", (event: { added: string[]; webrtcPeers: string[] }) => {
    for (const id of event.added) {
      const conn = provider.room?.webrtcConns.get(id);
      if (conn) {
        guardPeer(conn.peer, () => set({ rejectedPeers: state.rejectedPeers + 1 }));
      }
    }
    set({ peers: event.webrtcPeers.length });
  });
  provider.on("synced", (event: { synced: boolean }) =>
    set({ synced: event.synced || state.synced }),
  );

  // Signaling status and the wrong-secret check, on the shared signaling socket.
  const keyPromise = deriveRoomKey(secret, roomId);
  let opened = 0;
  let unopened = 0;
  const conn = (provider.signalingConns[0] ?? null) as unknown as SignalingConnLike | null;
  const onConnect = () => set({ signaling: "connected" });
  const onDisconnect = () => set({ signaling: "offline" });
  const onMessage = (message: unknown) => {
    const m = message as { type?: unknown; topic?: unknown; data?: unknown };
    if (m?.type !== "publish" || m.topic !== roomId) return;
    void keyPromise.then(async (key) => {
      if (await opensWithKey(m.data, key)) {
        opened++;
        if (state.problem) set({ problem: null });
      } else unopened++;
    });
  };
  conn?.on("connect", onConnect);
  conn?.on("disconnect", onDisconnect);
  conn?.on("message", onMessage);
  if (conn?.connected) set({ signaling: "connected" });
  const wrongSecretTimer = setInterval(() => {
    if (unopened > 0 && opened === 0 && state.problem === null) set({ problem: "wrong-secret" });
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
