// Hostile files for the import tests, built quickly in the test process:
// decompression bombs (repeated identical deflate blocks, so a 1 GB bomb costs
// one small compression), a sheet with far too many rows, a huge CSV.
import { constants, crc32, deflateRawSync } from "node:zlib";

/** Raw deflate that inflates to `megabytes` MB of zeros while being ~1 KB per MB. */
export function deflateBomb(megabytes: number): Buffer {
  // A full flush resets the compressor, so every megabyte compresses to the same bytes.
  const block = deflateRawSync(Buffer.alloc(1 << 20), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), finalEmptyBlock]);
}

interface ZipEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  /** The unpacked size the archive claims (may lie). */
  declaredSize: number;
}

/** A ZIP archive (an XLSX is one) whose entries are deflated as given. CRCs are not checked before the size and row checks, so they are 0. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An XLSX-shaped ZIP whose one sheet has `rows` rows of one text cell. */
export function sheetWithRows(rows: number): Buffer {
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Item ${r}</t></is></c></row>`;
  const parts = ['<?xml version="1.0"?><worksheet><sheetData>'];
  for (let r = 1; r <= rows; r++) parts.push(row(r));
  parts.push("</sheetData></worksheet>");
  const xml = Buffer.from(parts.join(""));
  return zipOf([
    { name: "xl/worksheets/sheet1.xml", data: deflateRawSync(xml), declaredSize: xml.length },
  ]);
}

/** A PNG (1×1) carrying a compressed iTXt model chunk that inflates to `megabytes` MB. */
export function pngWithBomb(png: Buffer, megabytes: number): Buffer {
  // keyword NUL, compressed, method 0, empty language NUL, empty translated keyword NUL, zlib stream.
  const zlibStream = Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    deflateBomb(megabytes),
    Buffer.alloc(4),
  ]);
  const data = Buffer.concat([Buffer.from("toc-studio-model\0\x01\x00\0\0", "latin1"), zlibStream]);
  const type = Buffer.from("iTXt", "latin1");
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  type.copy(chunk, 4);
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, data])), 8 + data.length);
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), chunk, png.subarray(iend)]);
}

/** A hand-made logic-model CSV: one column per stage, `rows` rows of items. */
export function logicModelCsv(rows: number): Buffer {
  const stages = [
    "Inputs",
    "Activities",
    "Outputs",
    "Short-term outcomes",
    "Medium-term outcomes",
    "Long-term outcomes",
    "Impact",
  ];
  const lines = [stages.join(",")];
  for (let r = 1; r <= rows; r++) lines.push(stages.map((_, c) => `Item ${r}.${c}`).join(","));
  return Buffer.from(`${lines.join("\r\n")}\r\n`);
}
