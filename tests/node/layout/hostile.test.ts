// Hostile or broken input never makes auto-layout throw: unusable numbers,
// repeated ids, links to missing elements, self links, unknown stages, nothing
// at all or a single element all give a finite, gridded, non-overlapping layout
// of the usable elements (src/layout/cleanInput.ts).
import { describe, expect, it } from "vitest";
import { stageAlong } from "../../../src/domain/geometry";
import { layoutByStage, UNSTAGED_X } from "../../../src/layout/layoutByStage";
import type { LayoutInput } from "../../../src/layout/types";
import { el, elk, expectNoOverlaps, expectWritable } from "./helpers";

const hostile = (value: unknown) => value as LayoutInput;

describe("layoutByStage with hostile input", () => {
  it("no elements: an empty result", async () => {
    expect((await layoutByStage({ elements: [], links: [] }, elk)).size).toBe(0);
    expect((await layoutByStage(hostile({}), elk)).size).toBe(0);
    expect((await layoutByStage(hostile(null), elk)).size).toBe(0);
  });

  it("one element: on its band", async () => {
    const result = await layoutByStage({ elements: [el("only", "medium", 12)], links: [] }, elk);
    expect(result.get("only")?.x).toBe(stageAlong("medium"));
    expectWritable(result);
  });

  it("NaN, infinite and huge positions and sizes", async () => {
    const input = hostile({
      elements: [
        { id: "a", stage: "short", position: { x: Number.NaN, y: Number.NaN } },
        { id: "b", stage: "short", position: { x: Infinity, y: -Infinity }, height: Number.NaN },
        { id: "c", stage: "medium", position: { x: 1e300, y: 1e300 }, height: 1e300 },
        { id: "d", stage: "medium", position: null, height: -5, width: Number.NaN },
        { id: "e", stage: null, position: { x: "1", y: {} } },
      ],
      links: [{ source: "a", target: "c" }],
    });
    const result = await layoutByStage(input, elk);
    expect(result.size).toBe(5);
    expectWritable(result);
    expectNoOverlaps(
      {
        elements: [el("a", "short"), el("b", "short"), el("d", "medium"), el("e", null)],
        links: [],
      },
      new Map([...result].filter(([id]) => id !== "c")),
    );
  });

  it("repeated ids: the first wins, one position each", async () => {
    const input: LayoutInput = {
      elements: [el("x", "inputs", 0), el("x", "impact", 50), el("y", "inputs", 10)],
      links: [{ source: "x", target: "y" }],
    };
    const result = await layoutByStage(input, elk);
    expect(result.size).toBe(2);
    expect(result.get("x")?.x).toBe(stageAlong("inputs"));
    expectNoOverlaps({ elements: [input.elements[0], input.elements[2]], links: [] }, result);
  });

  it("links to missing elements, self links, repeated and reversed links", async () => {
    const input: LayoutInput = {
      elements: [el("a", "activities"), el("b", "outputs"), el("c", "outputs", 90)],
      links: [
        { source: "a", target: "ghost" },
        { source: "ghost", target: "b" },
        { source: "a", target: "a" },
        { source: "a", target: "b" },
        { source: "a", target: "b" },
        { source: "b", target: "a" },
        { source: "c", target: "a" },
      ],
    };
    const result = await layoutByStage(input, elk);
    expect(result.size).toBe(3);
    expect(result.get("a")?.x).toBe(stageAlong("activities"));
    expect(result.get("b")?.x).toBe(stageAlong("outputs"));
    expectNoOverlaps(input, result);
  });

  it("elements that are not elements, unknown stages, links that are not links", async () => {
    const input = hostile({
      elements: [
        null,
        7,
        { id: 42, stage: "short", position: { x: 0, y: 0 } },
        { id: "ok", stage: "short", position: { x: 0, y: 0 } },
        { id: "odd", stage: "yesterday", position: { x: 0, y: 0 } },
        { id: "__proto__", stage: "long", position: { x: 0, y: 0 } },
      ],
      links: [null, { source: 1, target: 2 }, { source: "ok", target: "__proto__" }, "ok>odd"],
    });
    const result = await layoutByStage(input, elk);
    expect([...result.keys()].sort()).toEqual(["__proto__", "odd", "ok"]);
    expect(result.get("odd")?.x).toBe(UNSTAGED_X); // an unknown stage reads as unstaged
    expectWritable(result);
  });

  it("a cycle between stages (a feedback loop) still keeps every band", async () => {
    const input: LayoutInput = {
      elements: [el("a", "activities"), el("s", "short"), el("l", "long")],
      links: [
        { source: "a", target: "s" },
        { source: "s", target: "l" },
        { source: "l", target: "a" },
      ],
    };
    const result = await layoutByStage(input, elk);
    expect(result.get("a")?.x).toBe(stageAlong("activities"));
    expect(result.get("l")?.x).toBe(stageAlong("long"));
  });

  it("refuses, in plain English, a layout too tall for the document's coordinates", async () => {
    const input: LayoutInput = {
      elements: Array.from({ length: 1200 }, (_, i) => el(`t${i}`, "short", i, { height: 2000 })),
      links: [],
    };
    await expect(layoutByStage(input, elk)).rejects.toThrow(/too tall to arrange/);
  });
});
