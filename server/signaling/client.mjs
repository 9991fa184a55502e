// One signaling connection: its socket, its topics, its token bucket and abuse counters, and
// the keepalive flag. Policy (what counts as abuse) is here; the server decides what to log.

import { createBucket } from "./limits.mjs";

const OPEN = 1;

/**
 * @param {import("ws").WebSocket} ws
 * @param {import("./limits.mjs").SignalingOptions} opts
 */
export function createClient(ws, opts) {
  const bucket = createBucket(opts.ratePerSecond, opts.rateBurst);
  let alive = true;
  let bad = 0;
  let drops = 0;
  ws.on("pong", () => {
    alive = true;
  });
  const client = {
    ws,
    /** @type {Set<string>} */
    topics: new Set(),
    closing: false,
    /** @type {Promise<void>} resolves when the socket has closed */
    done: new Promise((resolve) => ws.once("close", () => resolve())),

    /** Spends a token: "ok", "drop" (over the rate) or "abuse" (dropping for too long). */
    admit() {
      const left = bucket.take();
      if (left >= opts.rateBurst - 1) drops = 0; // the bucket was full: the client had paused
      if (left >= 0) return "ok";
      return ++drops > opts.maxRateDrops ? "abuse" : "drop";
    },
    /** Counts an invalid or refused frame; true once there have been too many. */
    strike() {
      return ++bad >= opts.maxBadFrames;
    },
    /** Keepalive tick: terminates a socket that missed the last pong, else pings. */
    ping() {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    },
    /** @param {string} text */
    send(text) {
      if (ws.readyState !== OPEN) return;
      if (ws.bufferedAmount > opts.maxBufferedBytes)
        ws.terminate(); // not reading: it reconnects
      else ws.send(text);
    },
    /** Sends a close frame; terminates if the peer has not closed within closeGraceMs. */
    close(/** @type {number} */ code, /** @type {string} */ reason) {
      if (client.closing) return;
      client.closing = true;
      ws.close(code, reason);
      const timer = setTimeout(() => ws.terminate(), opts.closeGraceMs);
      client.done.then(() => clearTimeout(timer));
    },
  };
  return client;
}

/** @typedef {ReturnType<typeof createClient>} Client */
