// Page instrumentation for the session-latency benchmark, installed with
// context.addInitScript() before any page script runs. Every timestamp is
// `performance.timeOrigin + performance.now()` (epoch ms, sub-ms precision),
// which is comparable between browser processes on one machine.
//
// It records, in window.__bench:
//   enterAt[title]   the editing page: Enter pressed in the inline title field (capture phase,
//                    before React sees the key), keyed by the field's value
//   digitAt[]        the editing page: each "1".."7" key press (adds an element)
//   seenAt[title]    every page: first moment a .react-flow__node with aria-label "<Kind>: <title>"
//                    is in the DOM (MutationObserver; title matching TITLE_RE)
//   nodeSeenAt[id]   every page: first moment a .react-flow__node with that data-id is in the DOM
//   connectedAt      joiners: ms after navigation start when the session status says
//                    data-peers >= 1 and the seed element is in the DOM
//   sendAt[title]    first RTCDataChannel.send() whose payload contains the title
//   recvAt[title]    first RTCDataChannel "message" whose payload contains the title
//   worker[]         round trips of the app's update-check worker: { start, end, bytes }
//   workerFor[title] the round trip that checked the update carrying the title
// Titles (and baseline map keys) look like "bt<N>_<k>z" so they can be found in raw Yjs updates.
export function instrumentPage() {
  const now = () => performance.timeOrigin + performance.now();
  const TITLE_RE = /bt\d+_\d+z/g;
  const SEED_LABEL = "Impact: Seed";
  const b = {
    enterAt: {},
    digitAt: [],
    seenAt: {},
    nodeSeenAt: {},
    connectedAt: 0,
    sendAt: {},
    recvAt: {},
    recvBytes: {},
    worker: [],
    workerFor: {},
    peerConnections: [],
    messages: { sent: 0, received: 0, sentBytes: 0, receivedBytes: 0 },
    log: [],
  };
  window.__bench = b;

  // ── Which titles a WebRTC payload carries (Yjs writes strings as plain UTF-8) ──
  const latin1 = new TextDecoder("latin1");
  const titlesIn = (data) => {
    let bytes;
    if (typeof data === "string") return data.match(TITLE_RE) ?? [];
    if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else if (ArrayBuffer.isView(data))
      bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else return [];
    return latin1.decode(bytes).match(TITLE_RE) ?? [];
  };
  const sizeOf = (data) =>
    typeof data === "string" ? data.length : (data?.byteLength ?? data?.size ?? 0);
  const bytesOf = (data) =>
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : null;
  // Every datachannel message and update check: time, direction, size, y-webrtc message type
  // (0/<step> sync, 1 awareness, …) and, when small, the payload as latin1 text (to find ids).
  const record = (d, t, data, extra) => {
    const bytes = bytesOf(data);
    if (!bytes) return;
    b.log.push({
      t,
      d,
      n: bytes.byteLength,
      k: bytes[0] === 0 ? `0/${bytes[1]}` : String(bytes[0]),
      s: bytes.byteLength <= 4096 ? latin1.decode(bytes) : "",
      ...extra,
    });
  };

  if (window.RTCDataChannel) {
    const send = RTCDataChannel.prototype.send;
    RTCDataChannel.prototype.send = function (data) {
      const t = now();
      b.messages.sent++;
      b.messages.sentBytes += sizeOf(data);
      record("s", t, data);
      for (const title of titlesIn(data)) b.sendAt[title] ??= t;
      return send.call(this, data);
    };
  }
  const watchChannel = (channel) => {
    channel.addEventListener("message", (event) => {
      const t = now();
      b.messages.received++;
      b.messages.receivedBytes += sizeOf(event.data);
      record("r", t, event.data);
      for (const title of titlesIn(event.data)) {
        b.recvAt[title] ??= t;
        b.recvBytes[title] ??= sizeOf(event.data);
      }
    });
  };
  const Original = window.RTCPeerConnection;
  if (Original) {
    const Counted = class extends Original {
      constructor(...args) {
        super(...args);
        b.peerConnections.push(this);
        this.addEventListener("datachannel", (event) => watchChannel(event.channel));
      }
      createDataChannel(...args) {
        const channel = super.createDataChannel(...args);
        if (channel) watchChannel(channel);
        return channel;
      }
    };
    window.RTCPeerConnection = Counted;
  }

  // ── The app's update-check worker (messageGuard → updateCheck): time each round trip ──
  const OriginalWorker = window.Worker;
  if (OriginalWorker) {
    window.Worker = class extends OriginalWorker {
      constructor(...args) {
        super(...args);
        b.workersCreated = (b.workersCreated ?? 0) + 1;
        const terminate = this.terminate.bind(this);
        this.terminate = () => {
          b.workersTerminated = (b.workersTerminated ?? 0) + 1;
          b.workerTerminatedAt = performance.now();
          return terminate();
        };
        const started = new Map();
        const post = this.postMessage.bind(this);
        this.postMessage = (message, ...rest) => {
          if (message && typeof message.id === "number") {
            const titles = message.update ? titlesIn(message.update) : [];
            started.set(message.id, {
              start: now(),
              titles,
              bytes: sizeOf(message.update),
              update: message.update,
            });
          }
          return post(message, ...rest);
        };
        this.addEventListener("message", (event) => {
          const id = event.data?.id;
          const job = started.get(id);
          if (job === undefined) return;
          started.delete(id);
          const end = now();
          b.worker.push({ start: job.start, end, bytes: job.bytes });
          record("w", job.start, job.update, { end });
          for (const title of job.titles) b.workerFor[title] ??= { start: job.start, end };
        });
      }
    };
  }

  // ── Keys on the editing page ──
  window.addEventListener(
    "keydown",
    (event) => {
      const t = now();
      if (event.key === "Enter") {
        const field = document.activeElement;
        if (field && field.tagName === "TEXTAREA" && typeof field.value === "string") {
          b.enterAt[field.value.trim()] ??= t;
        }
      } else if (/^[1-7]$/.test(event.key)) b.digitAt.push(t);
    },
    true,
  );

  // ── What is on screen ──
  const LABEL_RE = /^[^:]+: (bt\d+_\d+z)$/;
  const noteNode = (el, t) => {
    const id = el.getAttribute("data-id");
    if (id) b.nodeSeenAt[id] ??= t;
    const label = el.getAttribute("aria-label");
    if (!label) return;
    const match = LABEL_RE.exec(label);
    if (match) b.seenAt[match[1]] ??= t;
    if (label === SEED_LABEL) b.seedSeen = true;
  };
  // Connect milestones, ms after navigation start: the status shown, a WebRTC peer, the seed.
  b.connect = { statusAt: 0, peerAt: 0, seedAt: 0 };
  const checkConnected = () => {
    const c = b.connect;
    if (b.connectedAt) return;
    const status = document.querySelector('[data-testid="session-status"]');
    if (status) c.statusAt ||= performance.now();
    if (b.seedSeen) c.seedAt ||= performance.now();
    if (status && Number(status.getAttribute("data-peers")) >= 1) c.peerAt ||= performance.now();
    if (c.peerAt && c.seedAt) b.connectedAt = performance.now();
  };
  b.checkConnected = checkConnected;
  const observer = new MutationObserver((records) => {
    const t = now();
    for (const record of records) {
      if (record.type === "attributes") {
        const el = record.target;
        if (el.classList?.contains("react-flow__node")) noteNode(el, t);
        continue;
      }
      for (const added of record.addedNodes) {
        if (added.nodeType !== 1) continue;
        if (added.classList.contains("react-flow__node")) noteNode(added, t);
        else if (added.firstElementChild)
          for (const el of added.querySelectorAll(".react-flow__node")) noteNode(el, t);
      }
    }
    checkConnected();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["aria-label", "data-peers", "data-id"],
  });
}
