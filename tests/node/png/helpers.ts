// A real, minimal PNG built with Node's own zlib (independent of the code
// under test): 2×1 pixels, RGB, one IDAT, IEND.
import { crc32, deflateSync } from "node:zlib";

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function tinyPng(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const pixels = Buffer.from([0, 255, 0, 0, 0, 0, 255]); // filter 0, red, blue
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", new Uint8Array(0)),
  ]);
  return new Uint8Array(png);
}

/** The chunks of a PNG as [type, data] (no checks: the test knows the file). */
export function chunksOf(png: Uint8Array): [string, Buffer][] {
  const buf = Buffer.from(png);
  const out: [string, Buffer][] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    out.push([buf.toString("latin1", at + 4, at + 8), buf.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  return out;
}

export { chunk as pngChunk };
