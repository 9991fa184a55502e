// Tells a wrong secret from a quiet room. y-webrtc encrypts every signaling
// message with a key derived from the secret and silently ignores what it
// cannot decrypt, so with a wrong secret the room just looks empty. We derive
// the same key (PBKDF2-SHA-256, 100,000 rounds, salted with the room name,
// AES-GCM-256 — as y-webrtc 10.3 does) and try the messages ourselves.
import { fromBase64 } from "lib0/buffer";
import * as decoding from "lib0/decoding";

export function deriveRoomKey(secret: string, roomName: string): Promise<CryptoKey> {
  const encode = (s: string) => new TextEncoder().encode(s);
  return crypto.subtle
    .importKey("raw", encode(secret), "PBKDF2", false, ["deriveKey"])
    .then((material) =>
      crypto.subtle.deriveKey(
        { name: "PBKDF2", salt: encode(roomName), iterations: 100_000, hash: "SHA-256" },
        material,
        { name: "AES-GCM", length: 256 },
        false,
        ["decrypt"],
      ),
    );
}

/** True when y-webrtc's encrypted signaling payload opens with this key. */
export async function opensWithKey(data: unknown, key: CryptoKey): Promise<boolean> {
  if (typeof data !== "string" || data.length > 200_000) return false;
  try {
    const decoder = decoding.createDecoder(fromBase64(data));
    if (decoding.readVarString(decoder) !== "AES-GCM") return false;
    const iv = decoding.readVarUint8Array(decoder);
    const cipher = decoding.readVarUint8Array(decoder);
    await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, cipher);
    return true;
  } catch {
    return false;
  }
}
