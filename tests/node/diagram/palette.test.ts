// The shared palette keeps WCAG AA: body and secondary text at least 4.5:1 on
// every fill text is drawn on (node kinds, bands, background), and every
// kind's outline at least 3:1 against white and its own fill, so shapes stay
// visible without relying on colour.
import { describe, expect, it } from "vitest";
import { ELEMENT_KINDS } from "../../../src/domain/kinds";
import { KIND_COLOURS, PALETTE, textBackgrounds } from "../../../src/domain/palette";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("palette", () => {
  it("has a fill and a stroke for every kind, as six-digit hex", () => {
    for (const kind of ELEMENT_KINDS) {
      expect(KIND_COLOURS[kind].fill).toMatch(/^#[0-9a-f]{6}$/);
      expect(KIND_COLOURS[kind].stroke).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it.each(textBackgrounds())("text keeps 4.5:1 on %s", (fill) => {
    expect(contrast(PALETTE.text, fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE.textSecondary, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(ELEMENT_KINDS)("the %s outline keeps 3:1 against white and its fill", (kind) => {
    const { fill, stroke } = KIND_COLOURS[kind];
    expect(contrast(stroke, PALETTE.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(stroke, fill)).toBeGreaterThanOrEqual(3);
  });

  it("draws links and the ceiling visibly on the bands", () => {
    for (const band of [PALETTE.bandFill, PALETTE.bandFillAlt]) {
      expect(contrast(PALETTE.link, band)).toBeGreaterThanOrEqual(3);
      expect(contrast(PALETTE.ceiling, band)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
