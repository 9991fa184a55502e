// An XLSX is a ZIP. Before exceljs unpacks it, make sure it cannot unpack to
// more than a theory of change could hold (a "decompression bomb": a few
// megabytes that inflate to gigabytes). First the sizes the central directory
// declares are added up (free); then, because declared sizes can lie, each
// entry is inflated as a stream and counted, stopping at the limit, so no
// more than the limit is ever produced. Damaged archives are reported as such.
// While each sheet's XML streams past, its rows are counted, so a sheet with
// far too many rows is refused before any spreadsheet code parses it.
import { inflateCapped } from "../zlib";
import { MAX_SHEET_ROWS, MAX_UNPACKED_BYTES } from "./messages";
import { rowCounter } from "./rowCounter";

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

export type ZipCheck = "ok" | "damaged" | "tooLarge" | "tooManyRows";

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

function readDirectory(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - EOCD_LENGTH - MAX_COMMENT);
  let eocd = -1;
  for (let i = bytes.length - EOCD_LENGTH; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + CENTRAL_LENGTH > bytes.length) return null;
    if (view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const nameStart = offset + CENTRAL_LENGTH;
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      // 0xFFFFFFFF means "see the ZIP64 field": far beyond the limit anyway.
      declaredSize: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset +=
      CENTRAL_LENGTH +
      nameLength +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header. */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + LOCAL_LENGTH > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + LOCAL_LENGTH + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

// Named the way exceljs finds a sheet (a leading "/" dropped, the path found
// anywhere in the name), so no sheet it will parse escapes the row count.
const isSheet = (name: string) => /xl\/worksheets\/sheet\d+[.]xml/.test(name);

export async function checkZip(
  bytes: Uint8Array,
  limit = MAX_UNPACKED_BYTES,
  maxRows = MAX_SHEET_ROWS,
): Promise<ZipCheck> {
  const entries = readDirectory(bytes);
  if (!entries) return "damaged";
  if (entries.reduce((sum, e) => sum + e.declaredSize, 0) > limit) return "tooLarge";
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) return "damaged";
    const rows = isSheet(entry.name) ? rowCounter(maxRows) : null;
    if (entry.method === STORED) {
      if (rows && !rows.add(data)) return "tooManyRows";
      total += data.byteLength;
    } else if (entry.method === DEFLATED) {
      const inflated = await inflateCapped(data, "deflate-raw", limit - total, {
        keep: false,
        onChunk: rows ? (chunk) => rows.add(chunk) : undefined,
      });
      if (rows?.over()) return "tooManyRows";
      if (typeof inflated === "string") return inflated;
      total += inflated.size;
    } else {
      return "damaged"; // no spreadsheet program writes other methods
    }
    if (total > limit) return "tooLarge";
  }
  return "ok";
}
