// Invariant: the checks are linear-time and never recurse: a 5,000-long chain
// (open or closed into one loop) does not overflow the stack, and a ToC-shaped
// model of 5,000 elements runs well inside a loose 2 s bound (the machines are
// shared, so no tighter wall-clock assertion).
import { describe, expect, it } from "vitest";
import type { ElementKind } from "../../../../src/domain/kinds";
import type { TocElement, TocLink } from "../../../../src/domain/model";
import { checkModel } from "../../../../src/domain/quality";
import { mulberry32 } from "../../../helpers/random.mjs";
import { element, link, model } from "./build";

function chain(length: number, closed: boolean) {
  const elements = Array.from({ length }, (_, i) =>
    element(i === length - 1 ? "impact" : "outcome", `c${i}`, `Step ${i}`),
  );
  const links = elements.slice(1).map((el, i) => link(`k${i}`, `c${i}`, el.id));
  if (closed) links.push(link("close", `c${length - 1}`, "c0"));
  return model(elements, links);
}

/** Seeded ToC-shaped graph: stage bands, links from one band to the next. */
function tocShaped(count: number, linksPerElement: number) {
  const random = mulberry32(42);
  const bands: [ElementKind, "short" | "medium" | "long" | null, number][] = [
    ["input", null, 0.05],
    ["activity", null, 0.15],
    ["output", null, 0.15],
    ["outcome", "short", 0.25],
    ["outcome", "medium", 0.2],
    ["outcome", "long", 0.15],
    ["impact", null, 0.05],
  ];
  const byBand: TocElement[][] = bands.map(([kind, stage, share], b) =>
    Array.from({ length: Math.round(count * share) }, (_, i) =>
      element(kind, `e${b}-${i}`, `${kind} ${b}-${i}`, stage ? { stage } : {}),
    ),
  );
  const elements = byBand.flat();
  const links: TocLink[] = [];
  for (let i = 0; i < elements.length * linksPerElement; i++) {
    const b = Math.floor(random() * (bands.length - 1));
    const from = byBand[b] as TocElement[];
    const to = byBand[b + 1] as TocElement[];
    const s = from[Math.floor(random() * from.length)] as TocElement;
    const t = to[Math.floor(random() * to.length)] as TocElement;
    links.push(link(`l${i}`, s.id, t.id, { rationale: i % 3 ? "Because" : "" }));
  }
  return model(elements, links);
}

describe("scale", () => {
  it("walks a 5,000-long chain without overflowing the stack", () => {
    const open = checkModel(chain(5_000, false));
    expect(open.filter((f) => f.check === "cycle")).toEqual([]);
    expect(open.filter((f) => f.check === "outcome-without-path-to-impact")).toEqual([]);
    const [loop] = checkModel(chain(5_000, true)).filter((f) => f.check === "cycle");
    expect(loop?.elementIds).toHaveLength(5_000);
    expect(loop?.linkIds).toHaveLength(5_000);
    expect(loop?.message).toMatch(/^"Step 0", "Step 1", "Step 2", "Step 3" and 4996 more lead/);
  });

  // A check that walked every path (exponential in a dense graph) would never finish here.
  it("checks 5,000 elements with 6,250 or 20,000 links", () => {
    const typical = tocShaped(5_000, 1.25);
    const dense = tocShaped(5_000, 4);
    expect(typical.links).toHaveLength(6_250);
    expect(dense.links).toHaveLength(20_000);
    expect(checkModel(typical).length).toBeGreaterThan(0);
    expect(checkModel(dense).length).toBeGreaterThan(0);
  }, 60_000);
});
