// Invariant: each tile's note names exactly the pages it overlaps, on the right
// sides, so the sheets can be taped together without guessing; one-page plans
// and single tiles have no note.
import { describe, expect, it } from "vitest";
import { neighbourNote, planPages } from "../../../src/io/print";

const tiles = { paper: "a4", orientation: "landscape", fit: "tiles" } as const;

describe("neighbourNote", () => {
  // 3 columns × 2 rows (see planPages.test.ts).
  const plan = planPages({ width: 3000, height: 1200 }, tiles);
  const note = (n: number) => neighbourNote(plan, plan.pages[n - 1] as (typeof plan.pages)[number]);

  it("names the neighbours of a corner, an edge and a middle tile", () => {
    expect(note(1)).toBe("Joins page 2 on the right and page 4 below; the shaded strips overlap.");
    expect(note(5)).toBe(
      "Joins page 2 above, page 4 on the left and page 6 on the right; the shaded strips overlap.",
    );
    expect(note(6)).toBe("Joins page 3 above and page 5 on the left; the shaded strips overlap.");
  });

  it("says nothing on one page or a single tile", () => {
    const one = planPages({ width: 3000, height: 1200 });
    expect(neighbourNote(one, one.pages[0] as (typeof one.pages)[number])).toBe("");
    const single = planPages({ width: 100, height: 100 }, tiles);
    expect(neighbourNote(single, single.pages[0] as (typeof single.pages)[number])).toBe("");
  });
});
