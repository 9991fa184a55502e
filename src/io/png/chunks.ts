// Text inside a PNG: an iTXt chunk (UTF-8, zlib-compressed) just before IEND.
// Reading walks the chunks with every bound checked — a length past the end,
// a bad CRC, an absurd size or text that inflates past MAX_FILE_BYTES all
// give null, never an exception — so a hostile PNG costs bounded work.
import { MAX_FILE_BYTES } from "../tocJson/messages";
import { hasPrefix, PNG_SIGNATURE } from "../tocJson/sniff";
import { inflateCapped, zlibCompress } from "../zlib";
import { crc32 } from "./crc32";

/** The keyword under which exports carry the *.toc.json text. */
export const PNG_MODEL_KEYWORD = "toc-studio-model";
const ITXT = "iTXt";
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  data: Uint8Array;
  crcOk: boolean;
}

/** The chunks up to and including IEND, or null when the structure is broken. */
function walk(png: Uint8Array): Chunk[] | null {
  if (!hasPrefix(png, PNG_SIGNATURE)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    // PNG caps chunk lengths at 2^31 - 1; the data and CRC must fit in what is left.
    if (length > 0x7fffffff || at + 12 + length > png.length) return null;
    const typeBytes = png.subarray(at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = view.getUint32(at + 8 + length) === crc32(typeBytes, data);
    const type = latin1(typeBytes);
    chunks.push({ type, start: at, data, crcOk });
    at += 12 + length;
    if (type === "IEND") return chunks;
  }
  return null;
}

function chunkBytes(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  const typeBytes = ascii(type);
  view.setUint32(0, data.length);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(typeBytes, data));
  return out;
}

function validKeyword(keyword: string): boolean {
  return (
    /^[\x21-\x7e\xa1-\xff]([\x20-\x7e\xa1-\xff]{0,77}[\x21-\x7e\xa1-\xff])?$/.test(keyword) &&
    !keyword.includes("  ")
  );
}

/** A copy of `png` with `text` in a compressed iTXt chunk under `keyword`, before IEND. */
export async function addPngText(
  png: Uint8Array,
  keyword: string,
  text: string,
): Promise<Uint8Array> {
  if (!validKeyword(keyword)) throw new Error("A PNG text keyword is 1 to 79 Latin-1 characters.");
  const chunks = walk(png);
  const end = chunks?.at(-1);
  if (!end) throw new Error("This is not a complete PNG image.");
  const compressed = await zlibCompress(new TextEncoder().encode(text.toWellFormed()));
  // keyword NUL, compressed (1), method 0 (zlib), empty language tag NUL, empty translated keyword NUL.
  const header = Uint8Array.from([...ascii(keyword), 0, 1, 0, 0, 0]);
  const data = new Uint8Array(header.length + compressed.length);
  data.set(header);
  data.set(compressed, header.length);
  const chunk = chunkBytes(ITXT, data);
  const out = new Uint8Array(end.start + chunk.length + 12);
  out.set(png.subarray(0, end.start));
  out.set(chunk, end.start);
  out.set(png.subarray(end.start, end.start + 12), end.start + chunk.length);
  return out;
}

/** The text of the first iTXt chunk under `keyword`, or null (missing, damaged or too large). */
export async function readPngText(png: Uint8Array, keyword: string): Promise<string | null> {
  const chunks = walk(png);
  if (!chunks) return null;
  const wanted = ascii(keyword);
  for (const chunk of chunks) {
    if (chunk.type !== ITXT) continue;
    const { data } = chunk;
    const nul = data.indexOf(0);
    if (nul !== wanted.length || !wanted.every((b, i) => data[i] === b)) continue;
    if (!chunk.crcOk || data.length < nul + 5) return null;
    const compressed = data[nul + 1];
    const method = data[nul + 2];
    const languageEnd = data.indexOf(0, nul + 3);
    const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0 || compressed > 1 || method !== 0) return null;
    const body = data.subarray(translatedEnd + 1);
    const inflated = compressed
      ? await inflateCapped(body, "deflate", MAX_FILE_BYTES, { keep: true })
      : { size: body.length, bytes: body };
    if (typeof inflated === "string" || !inflated.bytes) return null;
    const { bytes } = inflated;
    if (bytes.length > MAX_FILE_BYTES) return null;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  return null;
}
