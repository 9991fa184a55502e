// Bare y-webrtc peer: the baseline of the live-session latency benchmark
// (bench/session-latency.mjs). Same transport settings as the app
// (src/live/roomConnection.ts): our signaling server, no ICE servers, the
// room secret as password, maxConns 40, BroadcastChannel peers filtered — and
// nothing else: no message guard, no presence, no React, no persistence.
// Parameters come from the fragment: #room=…&password=…&signaling=…&seed=1
import { WebrtcProvider } from "y-webrtc";
import * as Y from "yjs";

const params = new URLSearchParams(location.hash.slice(1));
const now = () => performance.timeOrigin + performance.now();
const b = window.__bench;
const status = document.getElementById("status");

const doc = new Y.Doc();
const map = doc.getMap("bench");
const provider = new WebrtcProvider(params.get("room"), doc, {
  signaling: [params.get("signaling")],
  password: params.get("password"),
  maxConns: 40,
  filterBcConns: true,
  peerOpts: { config: { iceServers: [] } },
});

let peers = 0;
// The instrumentation's observer records the milestones (status, peer, seed) as in the app.
const checkConnected = () => {
  if (map.has("seed")) b.seedSeen = true;
  b.checkConnected();
};
provider.on("peers", (event) => {
  peers = event.webrtcPeers.length;
  status.dataset.peers = String(peers);
  status.textContent = `peers ${peers}`;
  checkConnected();
});
map.observe((event) => {
  const t = now();
  for (const key of event.keysChanged) b.seenAt[key] ??= t;
  checkConnected();
});

if (params.get("seed") === "1") map.set("seed", "Seed");

b.baseline = {
  peers: () => peers,
  /** Records the edit time in-page, then sets a key (the same clock the observers use). */
  edit(key) {
    b.enterAt[key] = now();
    map.set(key, { title: key, kind: "outcome", x: 100, y: 200 });
    b.seenAt[key] ??= now();
  },
};
