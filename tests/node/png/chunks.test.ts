// The model travels inside a PNG as a compressed iTXt chunk before IEND that
// any PNG reader accepts (correct CRC, real zlib, image chunks untouched), and
// comes back exactly. A damaged or hostile PNG — bad CRC, a length past the
// end, a missing IEND, text that inflates past the 20 MB cap, not a PNG at all
// — gives null, never an exception.
import { deflateSync, inflateSync, crc32 as nodeCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { addPngText, crc32, PNG_MODEL_KEYWORD, readPngText } from "../../../src/io/png";
import { MAX_FILE_BYTES } from "../../../src/io/tocJson";
import { chunksOf, pngChunk, tinyPng } from "./helpers";

const TEXT = '{"title":"Café — ]]> <script> \u202E 😀"}';

function itxt(keyword: string, body: Uint8Array, compressed = 1): Buffer {
  return pngChunk(
    "iTXt",
    Buffer.concat([Buffer.from(keyword, "latin1"), Buffer.from([0, compressed, 0, 0, 0]), body]),
  );
}

/** The tiny PNG with `extra` chunks inserted before IEND. */
function withChunks(...extra: Buffer[]): Uint8Array {
  const png = Buffer.from(tinyPng());
  return new Uint8Array(
    Buffer.concat([png.subarray(0, png.length - 12), ...extra, png.subarray(png.length - 12)]),
  );
}

describe("crc32", () => {
  it("matches the standard check values", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode("IEND"))).toBe(0xae426082);
    const bytes = new Uint8Array(1000).map((_, i) => (i * 31) & 0xff);
    expect(crc32(bytes)).toBe(nodeCrc32(bytes));
  });
});

describe("addPngText / readPngText", () => {
  it("round-trips text in a valid iTXt chunk before IEND, image untouched", async () => {
    const png = tinyPng();
    const out = await addPngText(png, PNG_MODEL_KEYWORD, TEXT);
    expect(await readPngText(out, PNG_MODEL_KEYWORD)).toBe(TEXT);
    const chunks = chunksOf(out);
    expect(chunks.map(([type]) => type)).toEqual(["IHDR", "IDAT", "iTXt", "IEND"]);
    const [, data] = chunks[2];
    const header = Buffer.from(`${PNG_MODEL_KEYWORD}\0\x01\x00\0\0`, "latin1");
    expect(data.subarray(0, header.length)).toEqual(header);
    // Real zlib, readable by any PNG tool.
    expect(inflateSync(data.subarray(header.length)).toString("utf8")).toBe(TEXT);
    expect(chunksOf(png).slice(0, 2)).toEqual(chunks.slice(0, 2));
    expect(png.length).toBe(tinyPng().length);
  });

  it("gives null for another keyword or a PNG without text", async () => {
    const out = await addPngText(tinyPng(), PNG_MODEL_KEYWORD, TEXT);
    expect(await readPngText(out, "Comment")).toBeNull();
    expect(await readPngText(tinyPng(), PNG_MODEL_KEYWORD)).toBeNull();
  });

  it("reads uncompressed iTXt too", async () => {
    const png = withChunks(itxt(PNG_MODEL_KEYWORD, Buffer.from(TEXT, "utf8"), 0));
    expect(await readPngText(png, PNG_MODEL_KEYWORD)).toBe(TEXT);
  });

  it("refuses to write into something that is not a PNG, or with a bad keyword", async () => {
    await expect(
      addPngText(new TextEncoder().encode("GIF89a"), PNG_MODEL_KEYWORD, TEXT),
    ).rejects.toThrow(/not a complete PNG/);
    await expect(addPngText(tinyPng(), "", TEXT)).rejects.toThrow(/keyword/);
    await expect(addPngText(tinyPng(), "k".repeat(80), TEXT)).rejects.toThrow(/keyword/);
  });
});

describe("readPngText on damaged or hostile PNGs", () => {
  const good = () => addPngText(tinyPng(), PNG_MODEL_KEYWORD, TEXT);

  it("gives null for a bad CRC", async () => {
    const png = await good();
    const at = png.length - 12 - 1; // last CRC byte of the iTXt chunk
    png[at] ^= 0xff;
    expect(await readPngText(png, PNG_MODEL_KEYWORD)).toBeNull();
  });

  it("gives null for a length past the end, an absurd length, or a cut file", async () => {
    const png = await good();
    const itxtStart = chunksOf(png)
      .slice(0, 2)
      .reduce((at, [, data]) => at + 12 + data.length, 8);
    const pastEnd = png.slice();
    new DataView(pastEnd.buffer).setUint32(itxtStart, png.length);
    expect(await readPngText(pastEnd, PNG_MODEL_KEYWORD)).toBeNull();
    const absurd = png.slice();
    new DataView(absurd.buffer).setUint32(itxtStart, 0xffffffff);
    expect(await readPngText(absurd, PNG_MODEL_KEYWORD)).toBeNull();
    expect(await readPngText(png.subarray(0, png.length - 12), PNG_MODEL_KEYWORD)).toBeNull();
    expect(await readPngText(png.subarray(0, 20), PNG_MODEL_KEYWORD)).toBeNull();
  });

  it("gives null for data that is not a PNG", async () => {
    expect(await readPngText(new Uint8Array(0), PNG_MODEL_KEYWORD)).toBeNull();
    expect(
      await readPngText(new TextEncoder().encode('{"type":"toc"}'), PNG_MODEL_KEYWORD),
    ).toBeNull();
  });

  it("gives null for damaged zlib, invalid UTF-8 or a bad header", async () => {
    const damaged = Buffer.from(deflateSync(Buffer.from(TEXT)));
    damaged[4] ^= 0xff;
    expect(
      await readPngText(withChunks(itxt(PNG_MODEL_KEYWORD, damaged)), PNG_MODEL_KEYWORD),
    ).toBeNull();
    const notUtf8 = deflateSync(Buffer.from([0xff, 0xfe, 0xc0]));
    expect(
      await readPngText(withChunks(itxt(PNG_MODEL_KEYWORD, notUtf8)), PNG_MODEL_KEYWORD),
    ).toBeNull();
    const badFlag = itxt(PNG_MODEL_KEYWORD, Buffer.from(TEXT), 7);
    expect(await readPngText(withChunks(badFlag), PNG_MODEL_KEYWORD)).toBeNull();
    const noTerminators = pngChunk("iTXt", Buffer.from(`${PNG_MODEL_KEYWORD}\0\x01`, "latin1"));
    expect(await readPngText(withChunks(noTerminators), PNG_MODEL_KEYWORD)).toBeNull();
  });

  it("stops inflating a decompression bomb at the cap", async () => {
    // About 25 kB of zlib that would inflate to 25 MB, past the 20 MB cap.
    const bomb = deflateSync(Buffer.alloc(MAX_FILE_BYTES + 5 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(
      await readPngText(withChunks(itxt(PNG_MODEL_KEYWORD, bomb)), PNG_MODEL_KEYWORD),
    ).toBeNull();
  }, 30_000);
});
