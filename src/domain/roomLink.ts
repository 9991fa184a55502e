// Session links: `#room=<id>,<secret>` in the URL fragment, which browsers
// never send to a server. The secret is 32 random bytes in base64url plus a
// 4-character checksum, so a damaged (cut short, mistyped) link is told apart
// from a wrong one before anything goes on the network.
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;
const CHECK_LENGTH = 4;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export interface RoomLink {
  roomId: string;
  secret: string;
}

export type RoomLinkResult =
  | { ok: true; link: RoomLink }
  | { ok: false; reason: "not-a-room" | "damaged" };

function base64url(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET[(value >> bits) & 63];
    }
  }
  if (bits > 0) out += ALPHABET[(value << (6 - bits)) & 63];
  return out;
}

/** A small checksum (FNV-1a) over the secret, written in the same alphabet. */
function checksum(secret: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < secret.length; i++) {
    hash ^= secret.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = "";
  for (let i = 0; i < CHECK_LENGTH; i++) out += ALPHABET[(hash >>> (i * 6)) & 63];
  return out;
}

export function newRoomSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  const secret = base64url(bytes);
  return secret + checksum(secret);
}

export function formatRoomFragment(link: RoomLink): string {
  return `#room=${link.roomId},${link.secret}`;
}

/** Reads a fragment; anything that starts like a room link but is not valid is "damaged". */
export function parseRoomFragment(hash: string): RoomLinkResult {
  if (!hash.startsWith("#room=")) return { ok: false, reason: "not-a-room" };
  if (hash.length > 200) return { ok: false, reason: "damaged" };
  const [roomId = "", full = "", ...rest] = hash.slice("#room=".length).split(",");
  if (rest.length > 0 || !ID.test(roomId)) return { ok: false, reason: "damaged" };
  const secret = full.slice(0, -CHECK_LENGTH);
  if (!SECRET.test(secret) || checksum(secret) !== full.slice(-CHECK_LENGTH)) {
    return { ok: false, reason: "damaged" };
  }
  return { ok: true, link: { roomId, secret: full } };
}
