// The PNG size check says, before any canvas is made, whether the browser can
// draw the picture at a scale: at most 16,384 pixels a side and 64 million
// pixels; otherwise a plain message with the size and what to do instead.
import { describe, expect, it } from "vitest";
import { buildScene } from "../../../src/io/diagram";
import {
  fittingScale,
  MAX_PNG_PIXELS,
  MAX_PNG_SIDE,
  pngSize,
  pngSizeProblem,
} from "../../../src/io/png";
import { templateModel } from "../helpers/templateModel";

describe("PNG size", () => {
  it("scales the scene and rounds up to whole pixels", () => {
    expect(pngSize({ width: 100.2, height: 50 }, 2)).toEqual({ width: 201, height: 100 });
    const scene = buildScene(templateModel(), { date: new Date(2026, 11, 3) });
    expect(pngSize(scene, 3)).toEqual({ width: scene.width * 3, height: scene.height * 3 });
  });

  it("lets the template through at every scale", () => {
    const scene = buildScene(templateModel(), { date: new Date(2026, 11, 3) });
    for (const scale of [1, 2, 3] as const) expect(pngSizeProblem(scene, scale)).toBeNull();
  });

  it("refuses past a side or the area, suggesting a scale that fits", () => {
    expect(pngSizeProblem({ width: 8000, height: 3000 }, 3)).toBe(
      "This picture would be 24,000 × 9,000 pixels — more than the browser can draw. Choose 1× or export SVG instead.",
    );
    expect(pngSizeProblem({ width: 5000, height: 2000 }, 3)).toBe(
      "This picture would be 15,000 × 6,000 pixels — more than the browser can draw. Choose 2× or export SVG instead.",
    );
    expect(pngSizeProblem({ width: 5000, height: 2000 }, 2)).toBeNull();
    expect(pngSizeProblem({ width: 6000, height: 6000 }, 2)).toBe(
      "This picture would be 12,000 × 12,000 pixels — more than the browser can draw. Choose 1× or export SVG instead.",
    );
  });

  it("says to export SVG when even 1× is too large", () => {
    expect(pngSizeProblem({ width: MAX_PNG_SIDE + 1, height: 10 }, 1)).toMatch(
      /^This picture would be 16,385 × 10 pixels — more than the browser can draw\. Export SVG instead/,
    );
    const side = Math.ceil(Math.sqrt(MAX_PNG_PIXELS)) + 1;
    expect(pngSizeProblem({ width: side, height: side }, 1)).not.toBeNull();
    expect(pngSizeProblem({ width: MAX_PNG_SIDE, height: 1000 }, 1)).toBeNull();
  });

  it("the Word report's fallback scale is 2× when it fits, and the largest that fits otherwise", () => {
    expect(fittingScale({ width: 2726, height: 1235 }, 2)).toBe(2);
    // A 1,000-element logic model: 2,008 × 24,865 px is too tall even at 1×.
    const tall = { width: 2008, height: 24865 };
    const scale = fittingScale(tall, 2);
    expect(scale).toBeLessThan(1);
    expect(pngSizeProblem(tall, scale)).toBeNull();
    expect(pngSizeProblem(tall, scale + 0.02)).not.toBeNull();
  });
});
