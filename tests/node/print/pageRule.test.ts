// Invariant: the @page rule gives the print dialog the plan's sheet size and
// margin in millimetres, and nothing else.
import { describe, expect, it } from "vitest";
import { pageRule, planPages } from "../../../src/io/print";

describe("pageRule", () => {
  it("sets A4 landscape with 10 mm margins", () => {
    expect(pageRule(planPages({ width: 800, height: 600 }))).toBe(
      "@page { size: 297mm 210mm; margin: 10mm; }",
    );
  });

  it("sets US Letter portrait", () => {
    const plan = planPages(
      { width: 800, height: 600 },
      { paper: "letter", orientation: "portrait", fit: "tiles" },
    );
    expect(pageRule(plan)).toBe("@page { size: 215.9mm 279.4mm; margin: 10mm; }");
  });
});
