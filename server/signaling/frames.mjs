// Validation of y-webrtc 10.3.0 signaling frames (JSON text). The only frames accepted:
//   {type: "subscribe" | "unsubscribe", topics: string[]}   topics may be [] (y-webrtc sends
//                                                           that when it reconnects with no room)
//   {type: "publish", topic: string, ...payload}            payload kept as parsed, never read
//   {type: "ping"}                                          answered with {type: "pong"}
// Anything else (binary, non-JSON, arrays, unknown types, bad topics) is rejected with null.
// The frame size is capped by `ws` (maxPayload) before any of this runs.

/**
 * @typedef {{ type: "subscribe", topics: string[] } | { type: "unsubscribe", topics: string[] }} TopicsFrame
 * @typedef {{ type: "publish", topic: string, [key: string]: unknown }} PublishFrame
 * @typedef {TopicsFrame | PublishFrame | { type: "ping" }} Frame
 */

/**
 * @param {unknown} data a ws message (a Buffer for text frames)
 * @param {boolean} isBinary
 * @param {{ maxTopicLength: number, maxTopicsPerConnection: number }} limits
 * @returns {Frame | null}
 */
export function parseFrame(data, isBinary, limits) {
  if (isBinary || !Buffer.isBuffer(data)) return null;
  let value;
  try {
    value = JSON.parse(data.toString("utf8"));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const isTopic = (/** @type {unknown} */ topic) =>
    typeof topic === "string" && topic.length > 0 && topic.length <= limits.maxTopicLength;
  switch (value.type) {
    case "ping":
      return { type: "ping" };
    case "subscribe":
    case "unsubscribe": {
      const topics = value.topics;
      if (!Array.isArray(topics) || topics.length > limits.maxTopicsPerConnection) return null;
      if (!topics.every(isTopic)) return null;
      return { type: value.type, topics: [...new Set(topics)] };
    }
    case "publish":
      return isTopic(value.topic) ? value : null;
    default:
      return null;
  }
}

/**
 * The publish frame as forwarded: the parsed object re-serialised with the subscriber count
 * (as y-webrtc's own server does). Null if it cannot be serialised (e.g. nesting too deep).
 * @param {PublishFrame} frame
 * @param {number} clients
 */
export function serialisePublish(frame, clients) {
  try {
    return JSON.stringify({ ...frame, clients });
  } catch {
    return null;
  }
}
