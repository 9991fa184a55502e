// Invariant: a pathway holds exactly what is upstream and downstream of the
// element along link directions (not sideways branches), a stakeholder filter
// exactly the elements with that role, and the ceiling splits stages strictly.
import { describe, expect, it } from "vitest";
import { beyondCeiling, pathwayThrough, stakeholderHighlight } from "../../../src/domain/pathways";
import { testElement, testLink, testModel } from "./builders";

//  in → act → out → o1 → imp      side → o2 → imp
const model = testModel(
  ["in", "act", "out", "o1", "o2", "side", "imp"].map((id) => testElement(id)),
  [
    testLink("l1", "in", "act"),
    testLink("l2", "act", "out"),
    testLink("l3", "out", "o1"),
    testLink("l4", "o1", "imp"),
    testLink("l5", "side", "o2"),
    testLink("l6", "o2", "imp"),
  ],
);

describe("pathwayThrough", () => {
  it("follows links both ways from the element, but not into side branches", () => {
    const p = pathwayThrough(model, "out");
    expect([...p.elements].sort()).toEqual(["act", "imp", "in", "o1", "out"]);
    expect([...p.links].sort()).toEqual(["l1", "l2", "l3", "l4"]);
  });

  it("from the impact, everything that leads to it", () => {
    const p = pathwayThrough(model, "imp");
    expect(p.elements.size).toBe(7);
    expect(p.links.size).toBe(6);
  });

  it("survives a loop", () => {
    const loop = testModel(
      [testElement("a"), testElement("b")],
      [testLink("ab", "a", "b"), testLink("ba", "b", "a")],
    );
    expect([...pathwayThrough(loop, "a").elements].sort()).toEqual(["a", "b"]);
  });
});

describe("stakeholderHighlight", () => {
  it("keeps elements with that role only", () => {
    const m = testModel(
      [
        testElement("a", { stakeholders: { res: "proposed" } }),
        testElement("b", { stakeholders: { res: "challenged" } }),
        testElement("c", { stakeholders: { res: "proposed", icb: "endorsed" } }),
      ],
      [testLink("ac", "a", "c"), testLink("ab", "a", "b")],
    );
    const h = stakeholderHighlight(m, "res", "proposed");
    expect([...h.elements].sort()).toEqual(["a", "c"]);
    expect([...h.links]).toEqual(["ac"]);
    expect([...stakeholderHighlight(m, "res", "challenged").elements]).toEqual(["b"]);
  });
});

describe("beyondCeiling", () => {
  it("is strictly after the ceiling's stage, and never without one", () => {
    expect(beyondCeiling("long", "medium")).toBe(true);
    expect(beyondCeiling("medium", "medium")).toBe(false);
    expect(beyondCeiling("impact", null)).toBe(false);
    expect(beyondCeiling(null, "short")).toBe(false);
  });
});
