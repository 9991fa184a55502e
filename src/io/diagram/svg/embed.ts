// The *.toc.json text carried inside an SVG, so the picture opens back into
// the app. It is stored as base64 of its UTF-8 bytes after a fixed marker, in
// <metadata>: base64 has no character that could break the XML, and the
// marker is text, so it survives editors that rewrite the markup around it.
// Reading never parses the SVG: the size is capped first, then two indexOf
// scans and a linear check — bounded work on any input.
import { MAX_FILE_BYTES } from "../../tocJson/messages";

export const EMBED_MARKER = "toc-studio-model;base64,";
const LINE = 76;
/** Base64 of the largest file the app opens, plus line breaks. */
const MAX_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4 * (1 + 2 / LINE);
/** The drawing of 20,000 elements plus the largest embedded model, with room to spare. */
export const MAX_SVG_CHARS = 96 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

/** The marker and the text's base64, in lines, ready to sit in <metadata>. */
export function embedText(text: string): string {
  const encoded = toBase64(new TextEncoder().encode(text.toWellFormed()));
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += LINE) lines.push(encoded.slice(i, i + LINE));
  return `${EMBED_MARKER}\n${lines.join("\n")}\n`;
}

/** The embedded *.toc.json text, or null when there is none or it is damaged. */
export function readSvgModel(svgText: string): string | null {
  if (typeof svgText !== "string" || svgText.length > MAX_SVG_CHARS) return null;
  const start = svgText.indexOf(EMBED_MARKER);
  if (start < 0) return null;
  const from = start + EMBED_MARKER.length;
  const end = svgText.indexOf("<", from);
  if (end < 0 || end - from > MAX_BASE64_CHARS) return null;
  const encoded = svgText.slice(from, end).replace(/\s+/g, "");
  if (encoded.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return null;
  try {
    const binary = atob(encoded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
