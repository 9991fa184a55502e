// Invariant: a file that is not a usable spreadsheet is refused as a whole
// with one plain-English message — never a stack trace, never a partial
// document: a PNG renamed .xlsx, a cut-short or damaged XLSX, a plain ZIP, an
// old .xls, a ZIP declaring a huge unpacked size (a decompression bomb), a
// CSV that is not UTF-8 or holds NUL, and anything over the size limit.
import JSZip from "jszip";
import { describe, expect, it, vi } from "vitest";
import { exportCsv, importCsv } from "../../../src/io/sheets/csv";
import { importSheetFile } from "../../../src/io/sheets/importSheetFile";
import { SHEET_MESSAGES } from "../../../src/io/sheets/messages";
import { exportXlsx, importXlsx } from "../../../src/io/sheets/xlsx";
import { checkZip } from "../../../src/io/sheets/zipCheck";
import { MAX_FILE_BYTES } from "../../../src/io/tocJson/messages";
import { NOW, templateModel } from "./helpers";

// XLSX work takes a few seconds on a loaded machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 30_000 });

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);

function expectPlainRefusal(result: { ok: boolean; message?: string }, message: string) {
  expect(result).toEqual({ ok: false, message });
  expect(message).not.toMatch(/error:|exception|undefined|\bat \w+ \(/i);
}

describe("importSheetFile refuses", () => {
  it("a PNG renamed .xlsx, naming what it looks like", async () => {
    const result = await importSheetFile("model.xlsx", PNG);
    expectPlainRefusal(result, SHEET_MESSAGES.notSpreadsheet("a PNG image"));
  });

  it("a cut-short XLSX and a damaged one", async () => {
    const whole = await exportXlsx(templateModel(), NOW);
    for (const bytes of [whole.slice(0, whole.length / 2), whole.slice(0, whole.length - 30)]) {
      expectPlainRefusal(await importSheetFile("model.xlsx", bytes), SHEET_MESSAGES.damagedXlsx);
    }
    // Intact directory, scrambled contents.
    const scrambled = whole.slice();
    for (let i = 100; i < scrambled.length / 2; i += 7) scrambled[i] ^= 0x5a;
    expectPlainRefusal(await importSheetFile("model.xlsx", scrambled), SHEET_MESSAGES.damagedXlsx);
  });

  it("a ZIP that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "hello");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expectPlainRefusal(await importSheetFile("notes.xlsx", bytes), SHEET_MESSAGES.noSheets);
  });

  it("an old binary Excel file, saying how to convert it", async () => {
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectPlainRefusal(await importSheetFile("old.xls", xls), SHEET_MESSAGES.oldExcel);
  });

  it("a ZIP whose directory declares far more unpacked data than a theory of change holds", async () => {
    const bytes = await exportXlsx(templateModel(), NOW);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Every central directory entry claims 4 GB unpacked.
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
    }
    expectPlainRefusal(await importXlsx(bytes), SHEET_MESSAGES.unpackedTooLarge);
  });

  it("a ZIP that lies about its sizes: counted while inflating, stopped at the limit", async () => {
    const zip = new JSZip();
    zip.file("xl/worksheets/sheet1.xml", "0".repeat(1_000_000));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(10_000);
    expect(await checkZip(bytes, 2_000_000)).toBe("ok");
    expect(await checkZip(bytes, 100_000)).toBe("tooLarge");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 10, true);
    }
    expect(await checkZip(bytes, 100_000)).toBe("tooLarge");
    // Damaged compressed data is reported as damage, not size.
    const broken = bytes.slice();
    broken.fill(0xff, 60, 400);
    expect(await checkZip(broken, 2_000_000)).toBe("damaged");
  });

  it("rows are counted in every sheet exceljs would read, however its name is written", async () => {
    const rows = "<row/>".repeat(11);
    for (const name of [
      "xl/worksheets/sheet1.xml",
      "/xl/worksheets/sheet1.xml",
      "x/xl/worksheets/sheet2.xml",
    ]) {
      const zip = new JSZip();
      zip.file(name, `<worksheet><sheetData>${rows}</sheetData></worksheet>`);
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      expect(await checkZip(bytes, 2_000_000, 10), name).toBe("tooManyRows");
      expect(await checkZip(bytes, 2_000_000, 20), name).toBe("ok");
    }
  });

  it("a CSV cut short inside a quoted cell", async () => {
    const text = exportCsv(templateModel(), NOW);
    const cut = text.slice(0, text.indexOf('"', text.indexOf("Elements,")) + 20);
    expectPlainRefusal(importCsv(cut), SHEET_MESSAGES.damagedCsv);
    expectPlainRefusal(importCsv('Inputs,Impact\n"Staff,Health'), SHEET_MESSAGES.damagedCsv);
  });

  it("a CSV that is not UTF-8, or holds NUL", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("Inputs,Impact\nCaf"), 0xe9, 0x0a]);
    expectPlainRefusal(await importSheetFile("model.csv", latin1), SHEET_MESSAGES.badEncoding);
    const nul = new TextEncoder().encode("Inputs,Impact\nA\u0000,B");
    expectPlainRefusal(await importSheetFile("model.csv", nul), SHEET_MESSAGES.notText);
    expectPlainRefusal(importCsv("Inputs\nA\u0000"), SHEET_MESSAGES.notText);
  });

  it("anything over the size limit, before reading it", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expectPlainRefusal(await importSheetFile("big.csv", big), SHEET_MESSAGES.tooLarge(big.length));
  });
});
