// Tells a wrong secret from a quiet room. y-webrtc encrypts every signaling
// message with a key derived from the secret and silently ignores what it
// cannot decrypt, so with a wrong secret the room just looks empty. We derive
// the same key (PBKDF2-SHA-256, 100,000 rounds, salted with the room name,
// AES-GCM-256 — as y-webrtc 10.3 does) and try the messages ourselves.
//
// The server sends every publish back to its sender too, so our own messages
// (which always open) are told apart by their `from`. And since y-webrtc never
// answers a message it cannot open, a newcomer with the wrong secret would hear
// nothing at all from the others: so whoever sees a message it cannot open says
// "I am here" again (openSignal / sealSignal), which the newcomer cannot open.
import { fromBase64, toBase64 } from "lib0/buffer";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

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
        ["encrypt", "decrypt"],
      ),
    );
}

/**
 * Opens y-webrtc's encrypted signaling payload with this key: the message
 * (`{ type, from, … }`), `{}` if it opened but could not be read, or null if it
 * does not open (another secret) or is not one.
 */
export async function openSignal(
  data: unknown,
  key: CryptoKey,
): Promise<Record<string, unknown> | null> {
  if (typeof data !== "string" || data.length > 200_000) return null;
  let plain: ArrayBuffer;
  try {
    const decoder = decoding.createDecoder(fromBase64(data));
    if (decoding.readVarString(decoder) !== "AES-GCM") return null;
    const iv = decoding.readVarUint8Array(decoder);
    const cipher = decoding.readVarUint8Array(decoder);
    plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, cipher);
  } catch {
    return null;
  }
  try {
    const value = decoding.readAny(decoding.createDecoder(new Uint8Array(plain)));
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** True when y-webrtc's encrypted signaling payload opens with this key. */
export async function opensWithKey(data: unknown, key: CryptoKey): Promise<boolean> {
  return (await openSignal(data, key)) !== null;
}

/** Encrypts a signaling message as y-webrtc 10.3 does (writeAny, AES-GCM, base64). */
export async function sealSignal(message: Record<string, string>, key: CryptoKey): Promise<string> {
  const plain = encoding.createEncoder();
  encoding.writeAny(plain, message);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    key,
    encoding.toUint8Array(plain),
  );
  const sealed = encoding.createEncoder();
  encoding.writeVarString(sealed, "AES-GCM");
  encoding.writeVarUint8Array(sealed, iv);
  encoding.writeVarUint8Array(sealed, new Uint8Array(cipher));
  return toBase64(encoding.toUint8Array(sealed));
}
