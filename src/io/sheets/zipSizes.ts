// An XLSX is a ZIP. Before anything unpacks it, add up the sizes its central
// directory declares, so a small file that would unpack to gigabytes (a
// "decompression bomb") is refused without inflating a byte. Declared sizes
// can lie; the row caps applied after loading are the second line of defence.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const MAX_COMMENT = 0xffff;

export type ZipSizes = { ok: true; entries: number; unpackedBytes: number } | { ok: false };

export function zipUnpackedSize(bytes: Uint8Array): ZipSizes {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - EOCD_LENGTH - MAX_COMMENT);
  let eocd = -1;
  for (let i = bytes.length - EOCD_LENGTH; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false };
  const entries = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  let offset = directoryOffset;
  let unpackedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + CENTRAL_LENGTH > bytes.length) return { ok: false };
    if (view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return { ok: false };
    // 0xFFFFFFFF means "see the ZIP64 field": far beyond any theory of change.
    unpackedBytes += view.getUint32(offset + 24, true);
    offset +=
      CENTRAL_LENGTH +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return { ok: true, entries, unpackedBytes };
}
