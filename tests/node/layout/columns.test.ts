// Column stacking (src/layout/columns.ts): whatever the heights and wanted
// tops, boxes keep their order, stay at least GAP apart and land on the
// 1/1024 grid; a box with room to spare lands exactly where it wants.
import { describe, expect, it } from "vitest";
import { centredColumn, GAP, placeNear, stack } from "../../../src/layout/columns";
import { mulberry32 } from "../../helpers/random.mjs";

const onGrid = (n: number) => Number.isInteger(n * 1024);

function expectStacked(tops: number[], heights: number[]): void {
  for (let i = 0; i < tops.length; i++) {
    expect(onGrid(tops[i])).toBe(true);
    if (i > 0) expect(tops[i] - (tops[i - 1] + heights[i - 1])).toBeGreaterThanOrEqual(GAP - 1e-9);
  }
}

describe("columns", () => {
  it("stack and centredColumn: GAP apart, centred", () => {
    const heights = [80, 33.3, 120];
    const { tops, height } = stack(heights);
    expectStacked(tops, heights);
    expect(height).toBeCloseTo(tops[2] + 120, 9);
    const centred = centredColumn(heights, 500);
    expectStacked(centred, heights);
    expect(Math.abs((centred[0] + centred[2] + 120) / 2 - 500)).toBeLessThanOrEqual(1 / 1024);
  });

  it("placeNear: order kept, gaps kept, on the grid, for random input", () => {
    const random = mulberry32(42);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 20);
      const heights = Array.from({ length: n }, () => 1 + random() * 300);
      const wanted = Array.from({ length: n }, () => (random() - 0.5) * 2000).sort((a, b) => a - b);
      expectStacked(placeNear(heights, wanted), heights);
    }
  });

  it("placeNear: boxes far apart land exactly where they want", () => {
    expect(placeNear([80, 80], [-500, 500])).toEqual([-500, 500]);
    // Two that want the same spot share the displacement.
    expect(placeNear([80, 80], [0, 0])).toEqual([-55, 55]);
  });
});
