// Each reader behind the one import door caps size at what its own format can
// hold: an exported SVG of a large model is bigger than a *.toc.json may be,
// and must still open; past the SVG's own cap it is refused unread.
import { describe, expect, it, vi } from "vitest";
import { MAX_SVG_CHARS } from "../../../src/io/diagram/svg/embed";
import { IMPORT_ACCEPT, readImport } from "../../../src/io/imports/readImport";
import { MAX_FILE_BYTES } from "../../../src/io/tocJson";

function fakeFile(name: string, size: number) {
  const arrayBuffer = vi.fn(async () => new Uint8Array(size).fill(0x20).buffer);
  return { name, size, arrayBuffer, text: vi.fn(async () => "") };
}

describe("readImport size caps", () => {
  it("reads an SVG over the *.toc.json limit but under the SVG's own", async () => {
    const file = fakeFile("big.svg", MAX_FILE_BYTES + 5 * 1024 * 1024);
    const result = await readImport(file);
    expect(file.arrayBuffer).toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).not.toMatch(/too large/);
      expect(result.message).toMatch(/no theory of change inside it/);
    }
  });

  it("refuses an SVG over its own cap without reading it", async () => {
    const file = { ...fakeFile("huge.svg", 0), size: MAX_SVG_CHARS + 1 };
    const result = await readImport(file);
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      message: "This file is too large to be a theory of change (96.1 MB). The limit is 96 MB.",
    });
  });

  it("keeps the *.toc.json limit for spreadsheets", async () => {
    const file = { ...fakeFile("big.csv", 0), size: MAX_FILE_BYTES + 1 };
    const result = await readImport(file);
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/The limit is 20 MB\.$/);
  });
});

describe("IMPORT_ACCEPT", () => {
  it("lists every format that opens, with plain media types", () => {
    expect(IMPORT_ACCEPT).toBe(
      ".json,.toc.json,application/json,.svg,image/svg+xml,.png,image/png,.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });
});
