// Invariants of auto-layout by stage (src/layout/layoutByStage.ts), run with
// the real ELK in node: every staged element sits exactly on its band's x and
// links never run backwards along the stages; no two boxes overlap (GAP apart
// in a band); bands are centred on one line; unstaged elements form a column
// before the first stage, beside what they link to; the same input in any
// order gives the same positions, all on the 1/1024 grid.
import { describe, expect, it } from "vitest";
import { NOMINAL_NODE_HEIGHT, type Point, stageAlong } from "../../../src/domain/geometry";
import { STAGE_IDS, type StageId, stageIndex } from "../../../src/domain/stages";
import { GAP } from "../../../src/layout/columns";
import { layoutByStage, UNSTAGED_X } from "../../../src/layout/layoutByStage";
import type { LayoutInput } from "../../../src/layout/types";
import { el, elk, expectNoOverlaps, expectWritable, tocGraph } from "./helpers";

const at = (result: Map<string, Point>, id: string): Point => {
  const p = result.get(id);
  if (!p) throw new Error(`${id} was not placed`);
  return p;
};

/** A small ToC: two inputs, three activities, outputs, outcomes, one impact, a note. */
const small: LayoutInput = {
  elements: [
    el("in1", "inputs", 500),
    el("in2", "inputs", -40),
    el("a1", "activities", 0),
    el("a2", "activities", 110),
    el("a3", "activities", 220),
    el("o1", "outputs", 0, { height: 140 }),
    el("o2", "outputs", 300),
    el("s1", "short", 0),
    el("s2", "short", 90),
    el("m1", "medium", 0),
    el("l1", "long", 0),
    el("imp", "impact", 0),
    el("note", null, 0),
  ],
  links: [
    { source: "in1", target: "a3" },
    { source: "in2", target: "a1" },
    { source: "a1", target: "o1" },
    { source: "a2", target: "o2" },
    { source: "a3", target: "o2" },
    { source: "o1", target: "s1" },
    { source: "o2", target: "s2" },
    { source: "s1", target: "s2" }, // within a band
    { source: "s1", target: "m1" },
    { source: "s2", target: "l1" }, // skips a stage
    { source: "m1", target: "l1" },
    { source: "l1", target: "imp" },
  ],
};

function expectBands(input: LayoutInput, result: Map<string, Point>): void {
  const stage = new Map(input.elements.map((e) => [e.id, e.stage]));
  for (const [id, p] of result) {
    const s = stage.get(id);
    expect(p.x, id).toBe(s ? stageAlong(s) : UNSTAGED_X);
  }
  for (const { source, target } of input.links) {
    const a = stage.get(source);
    const b = stage.get(target);
    if (!a || !b) continue;
    expect(stageIndex(a), `${source} → ${target}`).toBeLessThanOrEqual(stageIndex(b));
    expect(at(result, source).x).toBeLessThanOrEqual(at(result, target).x);
  }
}

describe("layoutByStage", () => {
  it("puts every staged element on its band's x, in stage order along every link", async () => {
    const result = await layoutByStage(small, elk);
    expect(result.size).toBe(small.elements.length);
    expectBands(small, result);
    expectNoOverlaps(small, result);
    expectWritable(result);
  });

  it("stacks each band GAP apart and centres every band on the same line", async () => {
    const result = await layoutByStage(small, elk);
    const heights = new Map(small.elements.map((e) => [e.id, e.height ?? NOMINAL_NODE_HEIGHT]));
    const middles: number[] = [];
    for (const stage of STAGE_IDS) {
      const band = small.elements
        .filter((e) => e.stage === stage)
        .map((e) => ({ y: at(result, e.id).y, h: heights.get(e.id) ?? 0 }))
        .sort((a, b) => a.y - b.y);
      if (!band.length) continue;
      for (let k = 1; k < band.length; k++) {
        expect(band[k].y - (band[k - 1].y + band[k - 1].h)).toBe(GAP); // compact
      }
      const last = band[band.length - 1];
      middles.push((band[0].y + last.y + last.h) / 2);
    }
    for (const m of middles) expect(Math.abs(m - middles[0])).toBeLessThanOrEqual(1 / 1024);
  });

  it("orders a band to follow its links (no crossing in a chain that has none)", async () => {
    // in2 feeds a1 and in1 feeds a3: after layout in2 must sit above in1 as a1 sits above a3.
    const result = await layoutByStage(small, elk);
    const y = (id: string) => at(result, id).y;
    expect(Math.sign(y("in2") - y("in1"))).toBe(Math.sign(y("a1") - y("a3")));
  });

  it("puts unstaged elements in a column before the first stage, beside what they link to", async () => {
    const input: LayoutInput = {
      elements: [
        ...tocGraph(60).elements,
        el("assumeTop", null, 0),
        el("assumeBottom", null, 0),
        el("loose1", null, 0),
        el("loose2", null, 999),
      ],
      links: [
        ...tocGraph(60).links,
        { source: "assumeTop", target: "e0" },
        { source: "e58", target: "assumeBottom" },
      ],
    };
    const result = await layoutByStage(input, elk);
    const firstBand = stageAlong("inputs");
    for (const id of ["assumeTop", "assumeBottom", "loose1", "loose2"]) {
      expect(at(result, id).x).toBe(UNSTAGED_X);
      expect(at(result, id).x + 200).toBeLessThan(firstBand);
    }
    // Linked ones sit level with their partner when nothing is in the way.
    expect(at(result, "assumeTop").y).toBe(at(result, "e0").y);
    expect(at(result, "assumeBottom").y).toBe(at(result, "e58").y);
    // Unlinked ones are stacked below the linked ones, in their current order.
    const lowestLinked = Math.max(at(result, "assumeTop").y, at(result, "assumeBottom").y);
    expect(at(result, "loose1").y).toBeGreaterThan(lowestLinked);
    expect(at(result, "loose2").y).toBeGreaterThan(at(result, "loose1").y);
    expectNoOverlaps(input, result);
    expectBands(input, result);
  });

  it("stacks many unstaged elements linked to one element without overlaps", async () => {
    const input: LayoutInput = {
      elements: [
        el("hub", "short"),
        ...Array.from({ length: 12 }, (_, i) => el(`n${i}`, null, i * 7, { height: 40 + i * 10 })),
      ],
      links: Array.from({ length: 12 }, (_, i) => ({ source: `n${i}`, target: "hub" })),
    };
    const result = await layoutByStage(input, elk);
    expectNoOverlaps(input, result);
    expectWritable(result);
    // As near the hub as it can be (least squares): their middles average out at the hub's.
    const middles = Array.from({ length: 12 }, (_, i) => at(result, `n${i}`).y + (40 + i * 10) / 2);
    const hubMiddle = at(result, "hub").y + NOMINAL_NODE_HEIGHT / 2;
    const average = middles.reduce((s, m) => s + m, 0) / middles.length;
    expect(Math.abs(average - hubMiddle)).toBeLessThanOrEqual(1 / 1024);
  });

  it("keeps the layout where the elements were (the shared centre line)", async () => {
    const moved: LayoutInput = {
      elements: small.elements.map((e) => ({ ...e, position: { x: 0, y: e.position.y + 5000 } })),
      links: small.links,
    };
    const a = await layoutByStage(small, elk);
    const b = await layoutByStage(moved, elk);
    for (const [id, p] of a) expect(at(b, id).y - p.y, id).toBeCloseTo(5000, 2);
  });

  it("gives the same positions for the same input, in any element and link order", async () => {
    const input = tocGraph(300, 7);
    const first = await layoutByStage(input, elk);
    const again = await layoutByStage(input, elk);
    const shuffled: LayoutInput = {
      elements: [...input.elements].reverse(),
      links: [...input.links].reverse(),
    };
    const third = await layoutByStage(shuffled, elk);
    expect([...again]).toEqual([...first]);
    expect(new Map(third)).toEqual(new Map(first));
  }, 120_000);

  it("lays out a 1,000-element ToC-shaped graph in bands without overlaps", async () => {
    const input = tocGraph(1000, 1);
    const result = await layoutByStage(input, elk);
    expect(result.size).toBe(1000);
    expectBands(input, result);
    expectNoOverlaps(input, result);
    expectWritable(result);
  }, 180_000);

  it("lays out every stage alone, and elements with different heights", async () => {
    for (const stage of STAGE_IDS) {
      const input: LayoutInput = {
        elements: [el("a", stage, 0, { height: 200 }), el("b", stage, 10, { height: 33.3 })],
        links: [{ source: "a", target: "b" }],
      };
      const result = await layoutByStage(input, elk);
      expectBands(input, result);
      expectNoOverlaps(input, result);
      expectWritable(result);
    }
  });
});

describe("layoutByStage: tidy selection", () => {
  const input = tocGraph(120, 3);
  // A messy selection: every fifth element, pushed around.
  const messy: LayoutInput = {
    elements: input.elements.map((e, i) =>
      i % 5 === 0 ? { ...e, position: { x: e.position.x + 37, y: e.position.y * 0.5 + 13 } } : e,
    ),
    links: input.links,
  };
  const only = new Set(messy.elements.filter((_, i) => i % 5 === 0).map((e) => e.id));

  it("moves only the selected elements", async () => {
    const result = await layoutByStage(messy, elk, only);
    expect(new Set(result.keys())).toEqual(only);
  });

  it("keeps the selection's top-left corner", async () => {
    const result = await layoutByStage(messy, elk, only);
    const chosen = messy.elements.filter((e) => only.has(e.id));
    const before = {
      x: Math.min(...chosen.map((e) => e.position.x)),
      y: Math.min(...chosen.map((e) => e.position.y)),
    };
    const after = {
      x: Math.min(...[...result.values()].map((p) => p.x)),
      y: Math.min(...[...result.values()].map((p) => p.y)),
    };
    expect(after).toEqual(before);
  });

  it("lays the selection out among itself: bands one STAGE_SPAN apart, no overlaps", async () => {
    const result = await layoutByStage(messy, elk, only);
    const stage = new Map(messy.elements.map((e) => [e.id, e.stage as StageId]));
    const xs = new Map<StageId, Set<number>>();
    for (const [id, p] of result) {
      const s = stage.get(id) as StageId;
      xs.set(s, (xs.get(s) ?? new Set()).add(p.x - stageAlong(s)));
    }
    // One shared offset for every band (the whole group moved together).
    const offsets = new Set([...xs.values()].flatMap((v) => [...v]));
    expect(offsets.size).toBe(1);
    const selected: LayoutInput = {
      elements: messy.elements.filter((e) => only.has(e.id)),
      links: [],
    };
    expectNoOverlaps(selected, result);
    expectWritable(result);
  });

  it("an empty or unknown selection moves nothing", async () => {
    expect((await layoutByStage(messy, elk, new Set())).size).toBe(0);
    expect((await layoutByStage(messy, elk, new Set(["nobody"]))).size).toBe(0);
  });
});
