// Invariant: a model exported as CSV or XLSX and imported again is the same
// document — ids, kinds, stages, titles, descriptions, positions, every
// detail list, groups, stakeholders, ceiling and dismissals — compared as the
// *.toc.json envelope (without its export time), with no repairs reported.
import { describe, expect, it, vi } from "vitest";
import type { TocModel } from "../../../src/domain/model";
import { exportCsv, importCsv } from "../../../src/io/sheets/csv";
import { importSheetFile } from "../../../src/io/sheets/importSheetFile";
import { exportXlsx, importXlsx } from "../../../src/io/sheets/xlsx";
import {
  envelopeOf,
  HOSTILE_TEXTS,
  hostileModel,
  NOW,
  openImported,
  templateModel,
} from "./helpers";

// XLSX work takes a few seconds on a loaded machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 30_000 });

const cases: Array<[string, () => TocModel]> = [
  ["the social-prescribing template", () => templateModel()],
  ["a hostile model", hostileModel],
];

describe.each(cases)("round trip of %s", (_name, make) => {
  const model = make();

  it("CSV → import gives the same document, with no repairs", () => {
    const result = importCsv(exportCsv(model, NOW));
    expect(result.ok && result.repairs).toEqual([]);
    expect(envelopeOf(openImported(result))).toEqual(envelopeOf(model));
  });

  it("XLSX → import gives the same document, with no repairs", async () => {
    const result = await importXlsx(await exportXlsx(model, NOW));
    expect(result.ok && result.repairs).toEqual([]);
    expect(envelopeOf(openImported(result))).toEqual(envelopeOf(model));
  });

  it("importSheetFile recognises both exports by their contents, whatever the name", async () => {
    const csv = new TextEncoder().encode(exportCsv(model, NOW));
    const xlsx = await exportXlsx(model, NOW);
    for (const [name, bytes] of [
      ["a.csv", csv],
      ["b.xlsx", xlsx],
      ["no-extension", xlsx],
    ] as const) {
      const result = await importSheetFile(name, bytes);
      expect(envelopeOf(openImported(result))).toEqual(envelopeOf(model));
    }
  });
});

describe("the hostile fixture", () => {
  it("really holds the texts a spreadsheet would take for formulas", () => {
    const model = hostileModel();
    const titles = model.elements.map((el) => el.title);
    for (const start of ["=cmd", "+1", "-1", "@SUM", "'=1+1", "'just", "''double"]) {
      expect(titles.some((t) => t.startsWith(start))).toBe(true);
    }
    expect(model.elements.some((el) => el.id.startsWith("-"))).toBe(true);
    expect(model.elements.some((el) => el.description.length === 20_000)).toBe(true);
    expect(model.dismissals[0].key.startsWith("=")).toBe(true);
    expect(HOSTILE_TEXTS.length).toBeGreaterThan(10);
  });
});
