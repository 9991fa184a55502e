// Invariant: a long table is split into slide-sized pages with every row on
// exactly one page, in order; no page is estimated taller than the room under
// the slide title; a row too tall for a whole slide continues on the next,
// its words all kept, its first cell marked "(continued)".
import { describe, expect, it } from "vitest";
import { CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, TABLE_PT } from "../../../src/io/pptx/deck";
import { estimateLines, linesHeight } from "../../../src/io/pptx/measure";
import { CELL_MARGIN, columnWidths, layoutTable } from "../../../src/io/pptx/tables/paginate";
import type { ReportTable } from "../../../src/io/report";

function table(rows: string[][]): ReportTable {
  return {
    columns: ["Outcome", "Measure", "Target"],
    widths: [40, 40, 20],
    linkColumns: [],
    rows,
    emptyText: "No outcomes yet.",
  };
}

function pageHeight(rows: readonly (readonly string[])[], widths: readonly number[]): number {
  return rows.reduce((sum, row) => {
    const lines = Math.max(
      ...row.map((cell, i) =>
        estimateLines(cell, widths[i] - CELL_MARGIN[1] - CELL_MARGIN[3], TABLE_PT),
      ),
    );
    return sum + linesHeight(lines, TABLE_PT) + CELL_MARGIN[0] + CELL_MARGIN[2];
  }, 0);
}

describe("layoutTable", () => {
  it("keeps every row once, in order, across pages that fit", () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      `Outcome ${i}`,
      `A measure described in a sentence or two, row ${i}. `.repeat((i % 4) + 1),
      `${i}%`,
    ]);
    const layout = layoutTable(table(rows));
    expect(layout.pages.length).toBeGreaterThan(3);
    expect(layout.pages.flat().map((row) => row[0])).toEqual(rows.map((row) => row[0]));
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(CONTENT_WIDTH, 6);
    for (const page of layout.pages) {
      expect(page.length).toBeGreaterThan(0);
      expect(pageHeight(page, layout.widths)).toBeLessThanOrEqual(CONTENT_BOTTOM - CONTENT_TOP);
    }
  });

  it("splits a row too tall for one slide and keeps every word", () => {
    const long = Array.from({ length: 700 }, (_, i) => `w${i}`).join(" ");
    const layout = layoutTable(table([["Huge", long, "x"]]));
    expect(layout.pages.length).toBeGreaterThan(1);
    const rows = layout.pages.flat();
    expect(rows.map((row) => row[1]).join(" ")).toBe(long);
    expect(rows[0][0]).toBe("Huge");
    expect(rows[1][0]).toBe("Huge (continued)");
    for (const page of layout.pages) {
      expect(pageHeight(page, layout.widths)).toBeLessThanOrEqual(CONTENT_BOTTOM - CONTENT_TOP);
    }
  });

  it("cuts a word too long for a slide between characters, losing none", () => {
    const word = "x".repeat(4_000);
    const layout = layoutTable(table([[word, word, word]]));
    const rows = layout.pages.flat();
    for (let column = 0; column < 3; column++) {
      expect(rows.map((row) => row[column]).join("")).toContain(word.slice(0, 1_000));
    }
    expect(rows.map((row) => row[1]).join("")).toBe(word);
  });

  it("gives no pages for an empty table", () => {
    expect(layoutTable(table([])).pages).toEqual([]);
  });
});

describe("columnWidths", () => {
  it("widens a column to its longest word, taking the width from the others", () => {
    const narrow = { ...table([["x", "y", "Intermediate"]]), widths: [45, 50, 5] };
    const widths = columnWidths(narrow);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(CONTENT_WIDTH, 6);
    const inner = widths[2] - CELL_MARGIN[1] - CELL_MARGIN[3];
    expect(estimateLines("Intermediate", inner, TABLE_PT)).toBe(1);
    expect(widths[0] / widths[1]).toBeCloseTo(45 / 50, 6);
  });

  it("keeps every column usable when many need widening", () => {
    const word = "Pseudonymisation".repeat(3);
    const many: ReportTable = {
      columns: Array.from({ length: 12 }, (_, i) => `Column ${i}`),
      widths: Array.from({ length: 12 }, () => 1),
      linkColumns: [],
      rows: [Array.from({ length: 12 }, () => word)],
      emptyText: "",
    };
    const widths = columnWidths(many);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(CONTENT_WIDTH, 6);
    for (const w of widths) expect(w).toBeGreaterThan(0.5);
  });
});
