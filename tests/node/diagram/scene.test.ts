// The scene puts each element where the canvas shows it (its position through
// toView, the whole drawing shifted by one offset), in both framings; a
// selection holds only its elements and the links between them; the ceiling
// line sits at its band's edge and the elements beyond it say "Contributes
// to" in words; wrapped titles fit their nodes by the shared estimate.
import { describe, expect, it } from "vitest";
import { NOMINAL_NODE_HEIGHT, type Point, toView } from "../../../src/domain/geometry";
import { buildScene } from "../../../src/io/diagram";
import { NODE } from "../../../src/io/diagram/metrics";
import { textWidth } from "../../../src/io/diagram/text/measure";
import { templateModel } from "../helpers/templateModel";

const model = templateModel();

function distanceToOutline(p: Point, outline: readonly Point[]): number {
  let best = Number.POSITIVE_INFINITY;
  outline.forEach((a, i) => {
    const b = outline[(i + 1) % outline.length];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
  });
  return best;
}
const date = new Date(2026, 11, 3);

describe.each(["toc", "logic"] as const)("scene in the %s framing", (framing) => {
  const scene = buildScene(model, { framing, date });

  it("keeps the canvas's relative positions (node centres differ by a single offset)", () => {
    const [first, ...rest] = model.elements;
    // Left edge and vertical middle: a taller node grows about the nominal centre.
    const centre = (id: string) => {
      const n = scene.nodes.find((node) => node.id === id);
      if (!n) throw new Error(id);
      return { x: n.x, y: n.y + n.height / 2 - NOMINAL_NODE_HEIGHT / 2 };
    };
    const v0 = toView(framing, first.position);
    const c0 = centre(first.id);
    for (const element of rest) {
      const v = toView(framing, element.position);
      const c = centre(element.id);
      expect(c.x - c0.x).toBeCloseTo(v.x - v0.x, 6);
      expect(c.y - c0.y).toBeCloseTo(v.y - v0.y, 6);
    }
  });

  it("fits inside its own width and height, with seven bands", () => {
    expect(scene.bands).toHaveLength(7);
    for (const box of [...scene.nodes, ...scene.bands]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(scene.width);
      expect(box.y + box.height).toBeLessThanOrEqual(scene.height);
    }
  });

  it("wraps every title to its node's text width", () => {
    for (const node of scene.nodes) {
      for (const line of node.lines) {
        expect(textWidth(line, NODE.titleSize)).toBeLessThanOrEqual(node.titleText.width);
      }
      expect(node.titleText.y + node.titleText.height).toBeLessThanOrEqual(node.y + node.height);
    }
  });

  it("starts and ends each link on its nodes' outlines, arrow tip at the target", () => {
    const node = (id: string) => {
      const n = scene.nodes.find((candidate) => candidate.id === id);
      if (!n) throw new Error(id);
      return n;
    };
    for (const link of scene.links) {
      const start = link.points[0];
      const tip = link.points[link.points.length - 1];
      expect(link.arrow.tip).toEqual(tip);
      expect(distanceToOutline(start, node(link.source).outline)).toBeLessThan(0.5);
      expect(distanceToOutline(tip, node(link.target).outline)).toBeLessThan(0.5);
    }
  });
});

describe("a selection", () => {
  const chosen = model.elements.filter((e) => e.kind === "outcome").slice(0, 6);
  const ids = new Set(chosen.map((e) => e.id));
  const scene = buildScene(model, { elementIds: ids, date });

  it("holds only the chosen elements and the links between them", () => {
    expect(new Set(scene.nodes.map((n) => n.id))).toEqual(ids);
    const between = model.links.filter((l) => ids.has(l.source) && ids.has(l.target));
    expect(between.length).toBeGreaterThan(0);
    expect(scene.links.map((l) => l.id).sort()).toEqual(between.map((l) => l.id).sort());
  });

  it("draws only the stages it spans and says it is a selection", () => {
    expect(scene.bands.map((b) => b.stage)).toEqual(["short", "medium", "long"]);
    expect(scene.subtitle).toContain("a selection of 6 elements");
    expect(scene.description).toContain("6 elements");
    expect(scene.legend.map((l) => l.kind)).toEqual(["outcome"]);
  });
});

describe("the accountability ceiling", () => {
  const withCeiling = { ...model, meta: { ...model.meta, ceiling: "medium" as const } };

  it("is a line at the ceiling band's far edge, with the beyond written on nodes", () => {
    for (const framing of ["toc", "logic"] as const) {
      const scene = buildScene(withCeiling, { framing, date });
      const band = scene.bands.find((b) => b.stage === "medium");
      const line = scene.ceiling;
      if (!band || !line) throw new Error("no ceiling");
      if (framing === "toc") expect([line.y1, line.y2]).toEqual([band.y, band.y]);
      else expect([line.x1, line.x2]).toEqual([band.x + band.width, band.x + band.width]);
      expect(line.label).toContain("Accountability ceiling");
      expect(line.key?.text.lines.join(" ")).toContain("contributes but is not accountable");
      for (const node of scene.nodes) {
        const element = withCeiling.elements.find((e) => e.id === node.id);
        const beyond = element?.stage === "long" || element?.stage === "impact";
        expect(node.contributesTo).toBe(beyond);
        expect(node.tagText.lines.join(" ").includes("Contributes to")).toBe(beyond);
      }
    }
  });

  it("is named in the alt text, still in two sentences", () => {
    const text = buildScene(withCeiling, { date }).description;
    expect(text).toContain(
      "; a dashed accountability ceiling after Intermediate outcomes marks where the programme contributes but is not accountable.",
    );
    expect(text.match(/\.( |$)/g)).toHaveLength(2);
  });

  it("can be left out", () => {
    const scene = buildScene(withCeiling, { ceiling: false, date });
    expect(scene.ceiling).toBeNull();
    expect(scene.nodes.some((n) => n.contributesTo)).toBe(false);
  });
});

describe("edge cases", () => {
  it("draws an empty document as its seven named bands, and an empty selection as a title alone", () => {
    const empty = { ...model, elements: [], links: [] };
    const scene = buildScene(empty, { date });
    expect(scene.nodes).toEqual([]);
    expect(scene.bands).toHaveLength(7);
    expect(scene.description).toContain("with no elements yet");
    const none = buildScene(model, { elementIds: new Set(), date });
    expect(none.bands).toEqual([]);
    for (const n of [scene.width, scene.height, none.width, none.height]) {
      expect(Number.isFinite(n) && n > 0).toBe(true);
    }
  });

  it("leaves out a link to itself and keeps positions finite far from the origin", () => {
    const [a] = model.elements;
    const far = {
      ...model,
      elements: [{ ...a, position: { x: 1_000_000, y: -1_000_000 } }],
      links: [{ ...model.links[0], source: a.id, target: a.id }],
    };
    const scene = buildScene(far, { date });
    expect(scene.links).toEqual([]);
    expect(scene.nodes[0].x).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(scene.width)).toBe(true);
  });
});

describe("options", () => {
  it("leaves the legend out on request and defaults to the model's framing", () => {
    const scene = buildScene(model, { legend: false, date });
    expect(scene.legend).toEqual([]);
    expect(scene.framing).toBe(model.meta.framing);
  });

  it("writes contested status in words", () => {
    const contested = buildScene(model, { date }).nodes.filter((n) => n.status === "contested");
    expect(contested.length).toBeGreaterThan(0);
    for (const node of contested) {
      expect(node.statusLabel).toBe("Contested");
      expect(node.tagText.lines.join(" ")).toContain("Contested");
    }
  });

  it("is plain data (survives JSON)", () => {
    const scene = buildScene(model, { date });
    expect(JSON.parse(JSON.stringify(scene))).toEqual(scene);
  });
});
