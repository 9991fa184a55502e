// Shared by the layout tests: a real ELK (the bundled build, run in this
// process), graph builders and the checks every layout must pass.
import ELK from "elkjs/lib/elk.bundled.js";
import { expect } from "vitest";
import { generateGraph } from "../../../bench/lib/graph.mjs";
import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, type Point } from "../../../src/domain/geometry";
import type { StageId } from "../../../src/domain/stages";
import { GAP } from "../../../src/layout/columns";
import type { LayoutElement, LayoutInput, LayoutResult } from "../../../src/layout/types";

export const elk = new ELK();

export const el = (
  id: string,
  stage: StageId | null,
  y = 0,
  extra: Partial<LayoutElement> = {},
): LayoutElement => ({ id, stage, position: { x: 0, y }, ...extra });

/** A seeded ToC-shaped graph (bench/lib/graph.mjs): six stages + impact, ~1.25 links each. */
export function tocGraph(size: number, seed = 1): LayoutInput {
  const g = generateGraph(size, seed);
  return {
    elements: g.elements.map((e) => ({
      id: e.id,
      stage: e.stage as StageId,
      position: e.position,
    })),
    links: g.links.map((l) => ({ source: l.source, target: l.target })),
  };
}

const GRID = 1024;
export const onGrid = (p: Point): boolean =>
  Number.isInteger(p.x * GRID) && Number.isInteger(p.y * GRID);

/** No two boxes overlap, nor come closer than GAP along y where they share some x. */
export function expectNoOverlaps(input: LayoutInput, result: LayoutResult): void {
  const size = new Map(
    input.elements.map((e) => [
      e.id,
      // Nodes are drawn NODE_WIDTH wide; x is fixed by the band.
      {
        w: NODE_WIDTH,
        h: e.height && e.height > 0 && Number.isFinite(e.height) ? e.height : NOMINAL_NODE_HEIGHT,
      },
    ]),
  );
  const boxes = [...result].map(([id, p]) => ({ id, ...p, ...(size.get(id) ?? { w: 0, h: 0 }) }));
  boxes.sort((a, b) => a.y - b.y);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    for (let j = i + 1; j < boxes.length && boxes[j].y < a.y + a.h + GAP; j++) {
      const b = boxes[j];
      const acrossX = a.x < b.x + b.w && b.x < a.x + a.w;
      if (acrossX) {
        expect(
          b.y - (a.y + a.h),
          `${a.id} at ${a.x},${a.y} and ${b.id} at ${b.x},${b.y} are closer than ${GAP}`,
        ).toBeGreaterThanOrEqual(GAP - 1e-9);
      }
    }
  }
}

/** Every position is finite and on geometry's 1/1024 grid. */
export function expectWritable(result: LayoutResult): void {
  for (const [id, p] of result) {
    expect(Number.isFinite(p.x) && Number.isFinite(p.y), id).toBe(true);
    expect(onGrid(p), `${id} at ${p.x},${p.y} is off the grid`).toBe(true);
  }
}
