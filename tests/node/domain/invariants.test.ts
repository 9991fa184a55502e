// Invariant: invariantProblems reports every model a user must never see —
// duplicate ids (elements or links, or a link sharing an element's id),
// links to missing elements, links from an element to itself, and
// non-finite positions — and nothing for a sound model.
import { describe, expect, it } from "vitest";
import { invariantProblems } from "../../../src/domain/invariants";
import type { TocElement, TocLink, TocModel } from "../../../src/domain/model";
import { testElement, testLink, testModel } from "./builders";

const el = (id: string, x = 0, y = 0): TocElement => testElement(id, { position: { x, y } });
const link = (id: string, source: string, target: string): TocLink => testLink(id, source, target);
const model = (elements: TocElement[], links: TocLink[] = []): TocModel =>
  testModel(elements, links);

describe("invariantProblems", () => {
  it("a sound model has no problems", () => {
    expect(invariantProblems(model([el("a"), el("b")], [link("l", "a", "b")]))).toEqual([]);
    expect(invariantProblems(model([]))).toEqual([]);
  });

  it("finds a dangling link", () => {
    expect(invariantProblems(model([el("a")], [link("l", "a", "gone")]))).toEqual([
      "link l points to a missing element",
    ]);
    expect(invariantProblems(model([el("a")], [link("l", "gone", "a")]))).toHaveLength(1);
  });

  it("finds duplicate element and link ids, and a link sharing an element's id", () => {
    expect(invariantProblems(model([el("a"), el("a")]))).toEqual(["duplicate element id a"]);
    const twice = model([el("a"), el("b")], [link("l", "a", "b"), link("l", "b", "a")]);
    expect(invariantProblems(twice)).toEqual(["duplicate link id l"]);
    const shared = model([el("a"), el("b")], [link("a", "a", "b")]);
    expect(invariantProblems(shared)).toEqual(["duplicate link id a"]);
  });

  it("finds a self-loop", () => {
    expect(invariantProblems(model([el("a")], [link("l", "a", "a")]))).toEqual([
      "link l joins an element to itself",
    ]);
  });

  it("finds non-finite positions", () => {
    for (const [x, y] of [
      [Number.NaN, 0],
      [0, Infinity],
      [-Infinity, 1],
    ]) {
      expect(invariantProblems(model([el("a", x, y)]))).toEqual([
        "element a has a position that is not a number",
      ]);
    }
  });
});
