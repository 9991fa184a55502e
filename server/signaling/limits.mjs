// Caps of the signaling server and the per-connection token bucket. Every cap is an option of
// createSignalingServer; the defaults suit a workshop on a LAN (reasons in README.md here).

/**
 * @typedef {{ path: string, maxPayload: number, maxTopicLength: number,
 *   maxTopicsPerConnection: number, maxSubscribersPerTopic: number,
 *   maxConnectionsPerAddress: number, maxConnections: number, ratePerSecond: number,
 *   rateBurst: number, maxRateDrops: number, maxBadFrames: number, maxBufferedBytes: number,
 *   pingIntervalMs: number, closeGraceMs: number, verbose: boolean }} SignalingOptions
 */

/** @type {Readonly<SignalingOptions>} */
export const SIGNALING_DEFAULTS = Object.freeze({
  /** The only path that upgrades; y-webrtc is given `ws(s)://<origin>/signaling`. */
  path: "/signaling",
  /** Largest frame in bytes, enforced by `ws` from the frame header, before buffering. */
  maxPayload: 64 * 1024,
  /** Topic (room id) length in UTF-16 code units. */
  maxTopicLength: 256,
  maxTopicsPerConnection: 32,
  maxSubscribersPerTopic: 200,
  maxConnectionsPerAddress: 64,
  maxConnections: 2000,
  /** Token bucket per connection: frames per second, and the burst allowed on top. */
  ratePerSecond: 50,
  rateBurst: 200,
  /** Frames dropped by the bucket (without a pause that refills it) before closing with 1008. */
  maxRateDrops: 100,
  /** Invalid or refused frames in one connection's life before closing with 1008. */
  maxBadFrames: 20,
  /** A receiver with more than this queued and unsent is terminated (it reconnects). */
  maxBufferedBytes: 1024 * 1024,
  /** WebSocket ping interval; a connection that missed the previous pong is terminated. */
  pingIntervalMs: 30_000,
  /** After sending a close frame, terminate the socket if the peer has not closed by then. */
  closeGraceMs: 1000,
  /** Log counts and events (never topics, payloads or addresses) to the console. */
  verbose: false,
});

/**
 * Defaults merged with `options`; throws on a cap that is not a positive number.
 * @param {Partial<SignalingOptions>} options
 * @returns {SignalingOptions}
 */
export function resolveOptions(options) {
  const resolved = { ...SIGNALING_DEFAULTS, verbose: process.env.TOC_LOG === "1" };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!(key in SIGNALING_DEFAULTS)) throw new TypeError(`Unknown signaling option: ${key}`);
    const expected = typeof SIGNALING_DEFAULTS[/** @type {keyof SignalingOptions} */ (key)];
    const valid =
      expected === "number" ? typeof value === "number" && value > 0 : typeof value === expected;
    if (!valid) throw new TypeError(`Invalid signaling option ${key}: ${String(value)}`);
    Object.assign(resolved, { [key]: value });
  }
  return resolved;
}

/**
 * Token bucket: `take()` spends one token and returns how many are left, or -1 when empty.
 * @param {number} perSecond
 * @param {number} burst
 * @param {() => number} [now]
 */
export function createBucket(perSecond, burst, now = () => performance.now()) {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return -1;
      tokens -= 1;
      return tokens;
    },
  };
}
