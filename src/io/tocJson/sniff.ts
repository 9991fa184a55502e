// Cheap checks before JSON.parse: is this text at all, and is it nested so
// deeply that parsing (or anything walking the result) could blow the stack?

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
export const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06] as const;

/** Whether the bytes start with these. */
export function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

interface Signature {
  what: string;
  /** The first bytes of such a file. */
  bytes: readonly number[];
  /** The same bytes after a lenient UTF-8 decode (File.text()). */
  text: string;
}

const SIGNATURES: readonly Signature[] = [
  { what: "a PNG image", bytes: PNG_SIGNATURE, text: "\uFFFDPNG\r\n\u001A\n" },
  { what: "a JPEG image", bytes: [0xff, 0xd8, 0xff], text: "\uFFFD\uFFFD\uFFFD" },
  { what: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38], text: "GIF8" },
  { what: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], text: "%PDF-" },
  { what: "a ZIP archive or an Office document", bytes: ZIP_SIGNATURE, text: "PK\u0003\u0004" },
  { what: "an empty ZIP archive", bytes: EMPTY_ZIP_SIGNATURE, text: "PK\u0005\u0006" },
  { what: "a compressed (gzip) file", bytes: [0x1f, 0x8b], text: "\u001F\uFFFD" },
];

/** What kind of binary file these bytes look like, if any. */
export function sniffBytes(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (hasPrefix(bytes, sig.bytes)) return sig.what;
  }
  return null;
}

/** The same, for text that was decoded leniently (bad bytes became U+FFFD). */
export function sniffText(text: string): string | null {
  for (const sig of SIGNATURES) if (text.startsWith(sig.text)) return sig.what;
  return null;
}

export interface Nesting {
  tooDeep: boolean;
  /** The text ends inside a string or with brackets still open: it was cut short. */
  unclosed: boolean;
}

/**
 * Bracket depth outside strings, stopping as soon as it passes maxDepth, so a
 * 100,000-deep file is refused after reading a few dozen characters.
 */
export function scanNesting(text: string, maxDepth: number): Nesting {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { tooDeep: true, unclosed: false };
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return { tooDeep: false, unclosed: inString || depth > 0 };
}
