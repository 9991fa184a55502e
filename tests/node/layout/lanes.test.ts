// Invariant: when elements are grouped, each group's elements share a lane
// across the stages that no other group's lane overlaps (with LANE_GAP between
// lanes, so frames and their names fit), while every staged element stays in
// its own band and nothing overlaps.
import { describe, expect, it } from "vitest";
import { NOMINAL_NODE_HEIGHT, stageAlong } from "../../../src/domain/geometry";
import { LANE_GAP, layoutByStage } from "../../../src/layout/layoutByStage";
import type { LayoutInput } from "../../../src/layout/types";
import { el, elk, expectNoOverlaps, tocGraph } from "./helpers";

function laneExtents(input: LayoutInput, result: Map<string, { x: number; y: number }>) {
  const extents = new Map<number | undefined, { top: number; bottom: number }>();
  for (const e of input.elements) {
    const p = result.get(e.id);
    if (!p || e.stage === null) continue;
    const lane = extents.get(e.lane) ?? { top: Infinity, bottom: -Infinity };
    extents.set(e.lane, {
      top: Math.min(lane.top, p.y),
      bottom: Math.max(lane.bottom, p.y + NOMINAL_NODE_HEIGHT),
    });
  }
  return [...extents.values()].sort((a, b) => a.top - b.top);
}

describe("lanes for groups", () => {
  it("gives each group a lane of its own, in the groups' order, ungrouped last", async () => {
    // Two groups whose elements ELK would interleave (a chain crossing between them).
    const input: LayoutInput = {
      elements: [
        el("p1", "short", 0, { lane: 0 }),
        el("c1", "short", 10, { lane: 1 }),
        el("p2", "medium", 20, { lane: 0 }),
        el("c2", "medium", 30, { lane: 1 }),
        el("free", "medium", 40),
        el("imp", "impact", 50),
      ],
      links: [
        { source: "p1", target: "c2" },
        { source: "c1", target: "p2" },
        { source: "p2", target: "imp" },
        { source: "c2", target: "imp" },
        { source: "free", target: "imp" },
      ],
    };
    const result = await layoutByStage(input, elk);
    expectNoOverlaps(input, result);
    for (const e of input.elements) {
      expect(result.get(e.id)?.x).toBe(stageAlong(e.stage as "short"));
    }
    const y = (id: string) => result.get(id)?.y ?? Number.NaN;
    expect(y("p1")).toBeLessThan(y("c1"));
    expect(y("p2")).toBeLessThan(y("c2"));
    expect(y("c2")).toBeLessThan(y("free"));
    const lanes = laneExtents(input, result);
    expect(lanes).toHaveLength(3);
    for (let i = 1; i < lanes.length; i++) {
      expect(lanes[i].top - lanes[i - 1].bottom).toBeGreaterThanOrEqual(LANE_GAP);
    }
  });

  it("keeps 1,000 elements in 5 groups apart and in their bands", async () => {
    const input = tocGraph(1000, 3);
    const grouped: LayoutInput = {
      ...input,
      elements: input.elements.map((e, i) => (i % 6 === 0 ? e : { ...e, lane: i % 5 })),
    };
    const result = await layoutByStage(grouped, elk);
    expectNoOverlaps(grouped, result);
    const lanes = laneExtents(grouped, result);
    expect(lanes).toHaveLength(6);
    for (let i = 1; i < lanes.length; i++) {
      expect(lanes[i].top - lanes[i - 1].bottom).toBeGreaterThanOrEqual(LANE_GAP);
    }
  }, 60_000);
});
