// Invariant: nothing we write can run as a formula. In the CSV every cell a
// spreadsheet would read as a formula (=, +, -, @, tab, carriage return at
// the start) is prefixed with an apostrophe, except plain numbers; the file
// starts with a byte-order mark and ends records with CRLF. In the XLSX no
// cell holds a formula and every text is a string cell, neutralised the same
// way. Import removes exactly the prefix export added.
import JSZip from "jszip";
import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import { neutraliseCell, restoreCell } from "../../../src/io/sheets/cells";
import { exportCsv } from "../../../src/io/sheets/csv";
import { exportXlsx } from "../../../src/io/sheets/xlsx";
import { hostileModel, NOW } from "./helpers";

// XLSX work takes a few seconds on a loaded machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 30_000 });

const RISKY = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (xml: string) =>
  xml.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : ENTITIES[name],
  );

describe("neutraliseCell / restoreCell", () => {
  it("prefix formula-like text and text that starts with an apostrophe, and undo exactly that", () => {
    const cases: Array<[string, string]> = [
      ["=1+1", "'=1+1"],
      ["+44 20", "'+44 20"],
      ["-1", "'-1"],
      ["@SUM(1)", "'@SUM(1)"],
      ["\tx", "'\tx"],
      ["\rx", "'\rx"],
      ["'=1", "''=1"],
      ["'hello", "''hello"],
      ["plain", "plain"],
      ["", ""],
      ["a=1", "a=1"],
    ];
    for (const [text, written] of cases) {
      expect(neutraliseCell(text)).toBe(written);
      expect(restoreCell(written)).toBe(text);
    }
  });

  it("keep an apostrophe a person typed before ordinary text", () => {
    expect(restoreCell("'tis the season")).toBe("'tis the season");
  });
});

describe("the CSV", () => {
  const text = exportCsv(hostileModel(), NOW);

  it("starts with a byte-order mark and separates records with CRLF", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1));
    expect(parsed.meta.linebreak).toBe("\r\n");
    expect(parsed.errors).toEqual([]);
  });

  it("has no cell a spreadsheet would run as a formula", () => {
    const cells = Papa.parse<string[]>(text.slice(1)).data.flat();
    const risky = cells.filter((c) => RISKY.test(c) && !PLAIN_NUMBER.test(c));
    expect(risky).toEqual([]);
    // …because the hostile texts were prefixed, not dropped.
    expect(cells.filter((c) => c.startsWith("'=")).length).toBeGreaterThan(5);
    expect(cells).toContain("'=cmd|' /C calc'!A0 0");
    expect(cells).toContain("'@SUM(1)");
  });
});

describe("the XLSX", () => {
  it("holds no formulas, and every text cell is a neutralised string", async () => {
    const zip = await JSZip.loadAsync(await exportXlsx(hostileModel(), NOW));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(10);
    for (const name of sheets) {
      const xml = await zip.file(name)?.async("string");
      expect(xml).not.toMatch(/<f[\s>]/);
      // Cells are shared strings (t="s") or plain numbers (no type).
      for (const [, type] of xml?.matchAll(/<c [^>]*?(?:t="([^"]*)")?[^>]*>/g) ?? []) {
        expect([undefined, "s"]).toContain(type);
      }
    }
    const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    const texts = [...strings.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) =>
      unescapeXml(m[1]),
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => RISKY.test(t))).toEqual([]);
    expect(texts).toContain("'=cmd|' /C calc'!A0 0");
    expect(strings).not.toContain("<script>");
  });
});
