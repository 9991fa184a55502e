// Hardened signaling server for y-webrtc 10.3.0 (subscribe / unsubscribe / publish / ping).
// Attach to any http.Server: `server.on("upgrade", signaling.handleUpgrade)`. Only `path`
// upgrades; every frame is validated, and connections, topics, frame size and rate are capped
// (limits.mjs). Logs counts and events only, never topics (room ids), payloads or addresses.

import { WebSocketServer } from "ws";
import { createClient } from "./client.mjs";
import { parseFrame, serialisePublish } from "./frames.mjs";
import { resolveOptions } from "./limits.mjs";
import { createTopics } from "./topics.mjs";

export { SIGNALING_DEFAULTS } from "./limits.mjs";

const PONG = JSON.stringify({ type: "pong" });
const STATUS = { 404: "Not Found", 429: "Too Many Requests", 503: "Service Unavailable" };

/** @typedef {import("./client.mjs").Client} Client */

/** @param {Partial<import("./limits.mjs").SignalingOptions>} [options] */
export function createSignalingServer(options = {}) {
  const opts = resolveOptions(options);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.maxPayload,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const topics = createTopics(opts);
  /** @type {Set<Client>} */
  const clients = new Set();
  /** @type {Map<string, number>} */
  const perAddress = new Map();
  const counts = { refused: 0, badFrames: 0, rateLimited: 0, closedForAbuse: 0 };
  const log = opts.verbose ? (/** @type {string} */ m) => console.log(`signaling: ${m}`) : () => {};
  /** @type {Promise<void> | undefined} */
  let closing;

  const keepalive = setInterval(() => {
    for (const client of clients) client.ping();
  }, opts.pingIntervalMs);
  keepalive.unref();

  /** @param {import("node:stream").Duplex} socket @param {keyof typeof STATUS} status */
  function refuse(socket, status) {
    if (status !== 404) counts.refused++;
    log(`refused an upgrade (${status})`);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
    socket.destroy();
  }

  /**
   * The `upgrade` listener for an http.Server.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:stream").Duplex} socket
   * @param {Buffer} head
   */
  function handleUpgrade(req, socket, head) {
    if ((req.url ?? "").split("?")[0] !== opts.path) return refuse(socket, 404);
    const address = req.socket.remoteAddress ?? "unknown";
    if (closing || clients.size >= opts.maxConnections) return refuse(socket, 503);
    if ((perAddress.get(address) ?? 0) >= opts.maxConnectionsPerAddress) return refuse(socket, 429);
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, address));
  }

  /** @param {import("ws").WebSocket} ws @param {string} address */
  function accept(ws, address) {
    const client = createClient(ws, opts);
    clients.add(client);
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    ws.on("error", () => {}); // protocol errors (1009 too big, 1007 bad UTF-8): ws closes itself
    ws.on("message", (data, isBinary) => onMessage(client, data, isBinary));
    ws.once("close", () => {
      clients.delete(client);
      topics.leaveAll(client);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
      log(`connection closed (${clients.size} open)`);
    });
    log(`connection opened (${clients.size} open)`);
  }

  /** @param {Client} client @param {unknown} data @param {boolean} isBinary */
  function onMessage(client, data, isBinary) {
    if (client.closing) return;
    const admitted = client.admit();
    if (admitted !== "ok") {
      counts.rateLimited++;
      if (admitted === "abuse") closeForAbuse(client, "rate limit");
      return;
    }
    const frame = parseFrame(data, isBinary, opts);
    if (frame && apply(client, frame)) return;
    counts.badFrames++;
    if (client.strike()) closeForAbuse(client, "too many invalid frames");
  }

  /**
   * @param {Client} client @param {import("./frames.mjs").Frame} frame
   * @returns {boolean} false if the frame is refused (a cap, or a payload that cannot be sent)
   */
  function apply(client, frame) {
    if (frame.type === "ping") client.send(PONG);
    else if (frame.type === "subscribe") return topics.subscribe(client, frame.topics);
    else if (frame.type === "unsubscribe") topics.unsubscribe(client, frame.topics);
    else if (client.topics.has(frame.topic)) {
      // Only subscribers publish (y-webrtc subscribes first); a late publish is dropped.
      const receivers = /** @type {Set<Client>} */ (topics.subscribersOf(frame.topic));
      const text = serialisePublish(frame, receivers.size);
      if (text === null) return false;
      for (const receiver of receivers) receiver.send(text);
    }
    return true;
  }

  /** @param {Client} client @param {string} reason */
  function closeForAbuse(client, reason) {
    counts.closedForAbuse++;
    log(`closing a connection (1008): ${reason}`);
    client.close(1008, reason);
  }

  /** Closes every connection with 1001 and stops timers; resolves once all sockets closed. */
  function close() {
    closing ??= (async () => {
      clearInterval(keepalive);
      for (const client of clients) client.close(1001, "server shutting down");
      await Promise.all([...clients].map((client) => client.done));
      wss.close();
      log("closed");
    })();
    return closing;
  }

  /** Counts only (safe to log or expose): open connections, distinct addresses and topics. */
  const stats = () => ({
    connections: clients.size,
    addresses: perAddress.size,
    topics: topics.size,
    ...counts,
  });

  return { handleUpgrade, close, stats, options: opts };
}
