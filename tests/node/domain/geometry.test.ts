// Invariant: a position survives the trip document → view → document exactly
// in both framings (dropping a node where it is shown never changes the
// document), and a node placed at stageAlong(stage) is drawn inside that
// stage's band and reported by stageAt as being in that stage.
import { describe, expect, it } from "vitest";
import {
  fromView,
  NODE_WIDTH,
  NOMINAL_NODE_HEIGHT,
  type Point,
  stageAlong,
  stageAt,
  stageBand,
  toView,
} from "../../../src/domain/geometry";
import { FRAMING_IDS, STAGE_IDS } from "../../../src/domain/stages";
import { mulberry32 } from "../../helpers/random.mjs";

const rand = mulberry32(0x5eed);
const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
/** A point on the 1/1024 grid every fromView result lies on. */
const gridPoint = (span: number): Point => ({
  x: Math.round(between(-span, span) * 1024) / 1024,
  y: Math.round(between(-span, span) * 1024) / 1024,
});

describe("toView / fromView", () => {
  for (const framing of FRAMING_IDS) {
    it(`${framing}: document → view → document is exact for positions the app writes`, () => {
      const moved: Point[] = [];
      for (let i = 0; i < 20_000; i++) {
        // Placement writes integers; drags and nudges write grid points.
        const p =
          i % 3 === 0
            ? { x: Math.round(between(-5000, 5000)), y: Math.round(between(-5000, 5000)) }
            : gridPoint(i % 3 === 1 ? 50_000 : 1_000_000);
        const back = fromView(framing, toView(framing, p));
        if (back.x !== p.x || back.y !== p.y) moved.push(p);
      }
      expect(moved).toEqual([]);
      // Integers (placement writes them) and zero.
      for (const p of [
        { x: 0, y: 0 },
        { x: 40, y: 110 },
        { x: -1_000_000, y: 1_000_000 },
      ]) {
        expect(fromView(framing, toView(framing, p))).toEqual(p);
      }
    });

    it(`${framing}: a node dropped where it is shown stays put (fromView is idempotent)`, () => {
      const bad: Point[] = [];
      for (let i = 0; i < 20_000; i++) {
        const v = { x: between(-20_000, 20_000), y: between(-20_000, 20_000) };
        const p = fromView(framing, v);
        const shown = toView(framing, p);
        const again = fromView(framing, shown);
        // Shown within a tiny fraction of a pixel of where it was dropped, and
        // dropping it there again writes exactly the same position.
        const near = Math.abs(shown.x - v.x) < 0.01 && Math.abs(shown.y - v.y) < 0.01;
        if (!near || again.x !== p.x || again.y !== p.y) bad.push(v);
      }
      expect(bad).toEqual([]);
    });

    it(`${framing}: never yields -0`, () => {
      const p = fromView(framing, toView(framing, { x: 0, y: 0 }));
      expect(Object.is(p.x, -0) || Object.is(p.y, -0)).toBe(false);
      const q = fromView(framing, { x: -1e-9, y: -1e-9 });
      expect(Object.is(q.x, -0) || Object.is(q.y, -0)).toBe(false);
    });
  }

  it("the logic model shows document units as they are", () => {
    expect(toView("logic", { x: 12.5, y: -3 })).toEqual({ x: 12.5, y: -3 });
  });

  it("the theory of change puts impact at the top and inputs at the bottom", () => {
    const impact = toView("toc", { x: stageAlong("impact"), y: 0 });
    const inputs = toView("toc", { x: stageAlong("inputs"), y: 0 });
    expect(impact.y).toBeLessThan(inputs.y);
    expect(impact.x).toBe(inputs.x);
    const logicImpact = toView("logic", { x: stageAlong("impact"), y: 0 });
    const logicInputs = toView("logic", { x: stageAlong("inputs"), y: 0 });
    expect(logicImpact.x).toBeGreaterThan(logicInputs.x);
  });
});

/** The along-axis interval a node covers in view coordinates, and its band's. */
function alongExtent(framing: "toc" | "logic", view: Point) {
  return framing === "logic"
    ? { from: view.x, to: view.x + NODE_WIDTH }
    : { from: view.y, to: view.y + NOMINAL_NODE_HEIGHT };
}
function bandAlong(framing: "toc" | "logic", stage: (typeof STAGE_IDS)[number]) {
  const band = stageBand(framing, stage, -1000, 1000);
  return framing === "logic"
    ? { from: band.x, to: band.x + band.width }
    : { from: band.y, to: band.y + band.height };
}

describe("stage bands", () => {
  for (const framing of FRAMING_IDS) {
    it(`${framing}: a new element at stageAlong(stage) lies inside that stage's band`, () => {
      for (const stage of STAGE_IDS) {
        const band = bandAlong(framing, stage);
        for (let i = 0; i < 200; i++) {
          const p = { x: stageAlong(stage), y: between(-5000, 5000) };
          const node = alongExtent(framing, toView(framing, p));
          const inside = node.from >= band.from && node.to <= band.to;
          if (stageAt(p) !== stage || !inside) expect({ stage, p, node, band }).toBeNull();
        }
      }
    });

    it(`${framing}: stageAt agrees with the band the node's centre is drawn in`, () => {
      for (let i = 0; i < 5000; i++) {
        const p = { x: between(-600, 2400), y: between(-5000, 5000) };
        const view = toView(framing, p);
        const centre =
          framing === "logic" ? view.x + NODE_WIDTH / 2 : view.y + NOMINAL_NODE_HEIGHT / 2;
        const containing = STAGE_IDS.filter((s) => {
          const b = bandAlong(framing, s);
          return centre >= b.from && centre <= b.to;
        });
        const stage = stageAt(p);
        const agrees = stage === null ? containing.length === 0 : containing.includes(stage);
        if (!agrees) expect({ p, stage, containing }).toBeNull();
      }
    });

    it(`${framing}: bands tile the stage axis without gaps or overlaps`, () => {
      const bands = STAGE_IDS.map((s) => bandAlong(framing, s)).sort((a, b) => a.from - b.from);
      for (let i = 1; i < bands.length; i++) expect(bands[i].from).toBe(bands[i - 1].to);
      const across = stageBand(framing, "short", -50, 700);
      expect(framing === "logic" ? across.height : across.width).toBe(750);
    });
  }

  it("positions outside every band have no stage", () => {
    expect(stageAt({ x: -10_000, y: 0 })).toBeNull();
    expect(stageAt({ x: 10_000, y: 0 })).toBeNull();
  });
});
