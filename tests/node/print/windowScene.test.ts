// Invariant: a tile's scene keeps every element and link that can show through
// its window (so no tile loses anything it overlaps) and drops the rest; over
// a grid of tiles, every element of the whole scene appears on some tile.
import { describe, expect, it } from "vitest";
import { buildScene } from "../../../src/io/diagram";
import { planPages, windowScene } from "../../../src/io/print";
import { templateModel } from "../helpers/templateModel";

const scene = buildScene(templateModel(), { date: new Date(2026, 11, 3) });
const meets = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

describe("windowScene", () => {
  it("keeps exactly the elements a window overlaps, and every band", () => {
    const window = { x: 0, y: 0, width: scene.width / 3, height: scene.height / 2 };
    const part = windowScene(scene, window);
    const inside = scene.nodes.filter((n) => meets(n, window));
    expect(inside.length).toBeGreaterThan(0);
    expect(part.nodes.length).toBeLessThan(scene.nodes.length);
    for (const node of inside) expect(part.nodes).toContain(node);
    for (const node of part.nodes) {
      // Kept ones are inside or within a stroke's width of it.
      expect(
        meets(node, { x: -8, y: -8, width: window.width + 16, height: window.height + 16 }),
      ).toBe(true);
    }
    expect(part.legend).toEqual(scene.legend);
  });

  it("cuts the stage bands to the window, covering all of it that they covered", () => {
    const window = { x: scene.width / 3, y: 0, width: scene.width / 3, height: scene.height };
    const part = windowScene(scene, window);
    expect(part.bands).toHaveLength(scene.bands.length);
    part.bands.forEach((band, i) => {
      const whole = scene.bands[i] as (typeof scene.bands)[number];
      expect(band.stage).toBe(whole.stage);
      // No wider than the window and its margin…
      expect(band.width).toBeLessThanOrEqual(window.width + 32);
      // …and still reaching past both of its sides when the whole band did.
      if (whole.x < window.x) expect(band.x).toBeLessThan(window.x);
      if (whole.x + whole.width > window.x + window.width) {
        expect(band.x + band.width).toBeGreaterThan(window.x + window.width);
      }
    });
  });

  it("puts every element and link on at least one tile of a plan", () => {
    const plan = planPages(scene, {
      paper: "a4",
      orientation: "portrait",
      fit: "tiles",
      tileScale: 2,
    });
    expect(plan.pages.length).toBeGreaterThan(4);
    const seenNodes = new Set<string>();
    const seenLinks = new Set<string>();
    for (const page of plan.pages) {
      const part = windowScene(scene, page.viewBox);
      for (const node of part.nodes) seenNodes.add(node.id);
      for (const link of part.links) seenLinks.add(link.id);
    }
    expect(seenNodes.size).toBe(scene.nodes.length);
    expect(seenLinks.size).toBe(scene.links.length);
  });
});
