// Invariant: a new element lands in its stage's band (at that stage's along
// position), below everything already in that band, never overlapping it;
// elements of other stages do not push it down.
import { describe, expect, it } from "vitest";
import { NOMINAL_NODE_HEIGHT, stageAlong, stageAt } from "../../../src/domain/geometry";
import type { ElementKind } from "../../../src/domain/kinds";
import type { TocElement } from "../../../src/domain/model";
import { placeNewElement } from "../../../src/domain/placement";
import type { StageId } from "../../../src/domain/stages";
import { testElement } from "./builders";

const el = (id: string, kind: ElementKind, stage: StageId | null, y: number): TocElement =>
  testElement(id, { kind, stage, position: { x: stage ? stageAlong(stage) : 0, y } });

describe("placeNewElement", () => {
  it("the first element of a stage goes at the top of its band", () => {
    const p = placeNewElement("outcome", "medium", []);
    expect(p).toEqual({ x: stageAlong("medium"), y: 0 });
    expect(stageAt(p)).toBe("medium");
  });

  it("uses the kind's default stage when none is given", () => {
    expect(stageAt(placeNewElement("impact", null, []))).toBe("impact");
    expect(stageAt(placeNewElement("activity", null, []))).toBe("activities");
    expect(stageAt(placeNewElement("outcome", null, []))).toBe("short");
  });

  it("goes below the lowest element in the same band, without overlap", () => {
    const existing = [
      el("a", "outcome", "short", 0),
      el("b", "outcome", "short", 400),
      el("c", "outcome", "short", 120),
      el("far", "impact", "impact", 5000), // another band: ignored
    ];
    const p = placeNewElement("outcome", "short", existing);
    expect(stageAt(p)).toBe("short");
    for (const e of existing.filter((e) => e.stage === "short")) {
      expect(p.y).toBeGreaterThanOrEqual(e.position.y + NOMINAL_NODE_HEIGHT);
    }
    expect(p.y).toBeLessThan(5000);
  });

  it("placing many in a row never overlaps", () => {
    const placed: TocElement[] = [];
    for (let i = 0; i < 20; i++) {
      const p = placeNewElement("output", null, placed);
      for (const e of placed) {
        expect(Math.abs(p.y - e.position.y)).toBeGreaterThanOrEqual(NOMINAL_NODE_HEIGHT);
      }
      placed.push({ ...el(`o${i}`, "output", "outputs", 0), position: p });
    }
  });

  it("unstaged kinds go just below the anchor they are added near", () => {
    const p = placeNewElement("note", null, [], { x: 100, y: 200 });
    expect(p.y).toBeGreaterThanOrEqual(200 + NOMINAL_NODE_HEIGHT);
    expect(Number.isFinite(p.x)).toBe(true);
  });

  it("notes added one after another, with or without an anchor, never stack on each other", () => {
    const placed: TocElement[] = [];
    for (let i = 0; i < 6; i++) {
      const anchor = i % 2 ? { x: 100, y: 200 } : undefined;
      const p = placeNewElement("note", null, placed, anchor);
      for (const e of placed) {
        const apart =
          Math.abs(p.x - e.position.x) >= 100 ||
          Math.abs(p.y - e.position.y) >= NOMINAL_NODE_HEIGHT;
        expect(apart).toBe(true);
      }
      placed.push({ ...el(`n${i}`, "note", null, 0), position: p });
    }
  });
});
