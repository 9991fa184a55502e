// Invariant: the print plan puts the whole diagram on paper. One page shows all
// of it inside the diagram area at the largest scale that fits; tiles cover every
// pixel with no gaps, neighbours repeat 10 mm, every tile prints at one scale (so
// the sheets tape together), labels say where each sheet goes, and sizes that are
// not real (NaN, zero, negative, infinite) are refused with a plain message.
import { describe, expect, it } from "vitest";
import {
  MAX_ONE_PAGE_SCALE,
  MAX_TILE_PAGES,
  MM_PER_CSS_PIXEL,
  ORIENTATIONS,
  PAPER_IDS,
  type PagePlan,
  PrintPlanError,
  planPages,
} from "../../../src/io/print";

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

/** Along one axis, the tiles' [start, end] intervals cover [0, length] without a gap. */
function expectAxisCovered(intervals: Array<[number, number]>, length: number): void {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  expect(sorted[0]?.[0]).toBe(0);
  for (let i = 1; i < sorted.length; i++) {
    const [start] = sorted[i] as [number, number];
    const [, previousEnd] = sorted[i - 1] as [number, number];
    expect(start).toBeLessThan(previousEnd);
  }
  expect(sorted.at(-1)?.[1]).toBeGreaterThanOrEqual(length - 1e-6);
}

function expectTilesCover(plan: PagePlan, width: number, height: number): void {
  expect(plan.pages).toHaveLength(plan.rows * plan.columns);
  const columns = plan.pages.filter((p) => p.row === 1);
  const rows = plan.pages.filter((p) => p.column === 1);
  expectAxisCovered(
    columns.map((p) => [p.viewBox.x, p.viewBox.x + p.viewBox.width]),
    width,
  );
  expectAxisCovered(
    rows.map((p) => [p.viewBox.y, p.viewBox.y + p.viewBox.height]),
    height,
  );
  for (const page of plan.pages) {
    // Every tile prints at the plan's one scale and fills the diagram area.
    close(page.viewBox.width * plan.mmPerPixel, plan.diagramArea.width);
    close(page.viewBox.height * plan.mmPerPixel, plan.diagramArea.height);
    const right = plan.pages.find((p) => p.row === page.row && p.column === page.column + 1);
    if (right) {
      // Neighbours share exactly 10 mm of paper, and the marks say so on both sheets.
      const shared = page.viewBox.x + page.viewBox.width - right.viewBox.x;
      close(shared * plan.mmPerPixel, 10);
      close(page.overlap.right, shared);
      close(right.overlap.left, shared);
    } else expect(page.overlap.right).toBe(0);
    const below = plan.pages.find((p) => p.column === page.column && p.row === page.row + 1);
    if (below)
      close((page.viewBox.y + page.viewBox.height - below.viewBox.y) * plan.mmPerPixel, 10);
    else expect(page.overlap.bottom).toBe(0);
  }
}

describe("planPages: paper", () => {
  it("defaults to A4 landscape on one page, with 10 mm margins", () => {
    const plan = planPages({ width: 1400, height: 900 });
    expect(plan).toMatchObject({ paper: "a4", orientation: "landscape", fit: "one-page" });
    expect(plan.sheet).toEqual({ width: 297, height: 210 });
    expect(plan.printable).toEqual({ width: 277, height: 190 });
    expect(plan.diagramArea.height).toBe(190 - plan.headerMm - plan.footerMm);
  });

  it.each([
    ["a4", "portrait", 210, 297],
    ["a4", "landscape", 297, 210],
    ["letter", "portrait", 215.9, 279.4],
    ["letter", "landscape", 279.4, 215.9],
  ] as const)("%s %s is %d × %d mm", (paper, orientation, width, height) => {
    const plan = planPages({ width: 800, height: 600 }, { paper, orientation, fit: "one-page" });
    expect(plan.sheet).toEqual({ width, height });
    // At least half of each side is left for the diagram.
    expect(plan.diagramArea.width).toBeGreaterThan(width / 2);
    expect(plan.diagramArea.height).toBeGreaterThan(height / 2);
  });
});

describe("planPages: one page", () => {
  it("shrinks a wide diagram to the area's width and keeps its proportions", () => {
    const plan = planPages({ width: 4000, height: 1000 });
    const [page] = plan.pages;
    expect(plan.pages).toHaveLength(1);
    expect(page?.label).toBe("Page 1 of 1");
    expect(page?.viewBox).toEqual({ x: 0, y: 0, width: 4000, height: 1000 });
    close(page?.size.width ?? 0, plan.diagramArea.width);
    close((page?.size.width ?? 0) / (page?.size.height ?? 1), 4);
    close(plan.scale, plan.diagramArea.width / (4000 * MM_PER_CSS_PIXEL));
  });

  it("shrinks a tall diagram to the area's height", () => {
    const plan = planPages(
      { width: 500, height: 5000 },
      { paper: "letter", orientation: "portrait", fit: "one-page" },
    );
    close(plan.pages[0]?.size.height ?? 0, plan.diagramArea.height);
    expect(plan.pages[0]?.size.width).toBeLessThan(plan.diagramArea.width);
  });

  it("enlarges a tiny diagram no more than twice", () => {
    const plan = planPages({ width: 10, height: 5 });
    expect(plan.scale).toBe(MAX_ONE_PAGE_SCALE);
    close(plan.pages[0]?.size.width ?? 0, 10 * 2 * MM_PER_CSS_PIXEL);
  });

  it("fits a huge diagram on one sheet too", () => {
    const plan = planPages({ width: 60_000, height: 40_000 });
    expect(plan.pages).toHaveLength(1);
    expect(plan.pages[0]?.size.width).toBeLessThanOrEqual(plan.diagramArea.width + 1e-9);
    expect(plan.pages[0]?.size.height).toBeLessThanOrEqual(plan.diagramArea.height + 1e-9);
  });
});

describe("planPages: tiles", () => {
  for (const paper of PAPER_IDS) {
    for (const orientation of ORIENTATIONS) {
      it(`covers a 3000 × 2000 px diagram with no gaps on ${paper} ${orientation}`, () => {
        const plan = planPages({ width: 3000, height: 2000 }, { paper, orientation, fit: "tiles" });
        expect(plan.scale).toBe(1);
        expect(plan.scaleReduced).toBe(false);
        expect(plan.pages.length).toBeGreaterThan(1);
        expectTilesCover(plan, 3000, 2000);
      });
    }
  }

  it("numbers pages row by row and says where each one goes", () => {
    // A4 landscape at 100 %: each tile shows 277 mm ≈ 1047 px across.
    const plan = planPages(
      { width: 3000, height: 1200 },
      { paper: "a4", orientation: "landscape", fit: "tiles" },
    );
    expect(plan.columns).toBe(3);
    expect(plan.rows).toBe(2);
    expect(plan.pages.map((p) => p.label)).toEqual([
      "Page 1 of 6 — row 1, column 1",
      "Page 2 of 6 — row 1, column 2",
      "Page 3 of 6 — row 1, column 3",
      "Page 4 of 6 — row 2, column 1",
      "Page 5 of 6 — row 2, column 2",
      "Page 6 of 6 — row 2, column 3",
    ]);
  });

  it("gives a diagram that fits one tile exactly one page, with no overlap marks", () => {
    const plan = planPages(
      { width: 200, height: 100 },
      { paper: "a4", orientation: "landscape", fit: "tiles" },
    );
    expect(plan.pages).toHaveLength(1);
    expect(plan.pages[0]?.overlap).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(plan.pages[0]?.label).toBe("Page 1 of 1 — row 1, column 1");
  });

  it("does not add a sheet for a diagram exactly as wide as one tile", () => {
    const first = planPages(
      { width: 100, height: 100 },
      { paper: "a4", orientation: "landscape", fit: "tiles" },
    );
    const width = first.pages[0]?.viewBox.width ?? 0;
    expect(
      planPages({ width, height: 100 }, { paper: "a4", orientation: "landscape", fit: "tiles" })
        .columns,
    ).toBe(1);
  });

  it("prints larger at a chosen scale, with more sheets", () => {
    const options = { paper: "a4", orientation: "landscape", fit: "tiles" } as const;
    const normal = planPages({ width: 2000, height: 1000 }, options);
    const large = planPages({ width: 2000, height: 1000 }, { ...options, tileScale: 2 });
    expect(large.scale).toBe(2);
    expect(large.pages.length).toBeGreaterThan(normal.pages.length);
    expectTilesCover(large, 2000, 1000);
  });

  it("lowers the scale of a huge diagram rather than print more than the cap", () => {
    const plan = planPages(
      { width: 40_000, height: 30_000 },
      { paper: "a4", orientation: "portrait", fit: "tiles" },
    );
    expect(plan.pages.length).toBeLessThanOrEqual(MAX_TILE_PAGES);
    expect(plan.scaleReduced).toBe(true);
    expect(plan.scale).toBeLessThan(1);
    expectTilesCover(plan, 40_000, 30_000);
  });

  it("refuses a scale that is not a number above zero", () => {
    const options = { paper: "a4", orientation: "landscape", fit: "tiles" } as const;
    for (const tileScale of [Number.NaN, 0, -1, Number.POSITIVE_INFINITY]) {
      expect(() => planPages({ width: 100, height: 100 }, { ...options, tileScale })).toThrow(
        PrintPlanError,
      );
    }
  });
});

describe("planPages: sizes that are not real", () => {
  it.each([
    [Number.NaN, 100],
    [100, Number.NaN],
    [0, 100],
    [100, 0],
    [-5, 100],
    [Number.POSITIVE_INFINITY, 100],
    [1e308, 1e308],
  ])("refuses %d × %d with a plain message", (width, height) => {
    expect(() => planPages({ width, height })).toThrow(PrintPlanError);
    expect(() =>
      planPages({ width, height }, { paper: "a4", orientation: "landscape", fit: "tiles" }),
    ).toThrow(/diagram/);
  });

  it("refuses a missing size", () => {
    expect(() => planPages({} as { width: number; height: number })).toThrow(/no diagram to print/);
  });
});
