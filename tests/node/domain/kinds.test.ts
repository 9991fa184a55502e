// Invariant: every element ends up in a stage its kind allows — the wanted
// stage if allowed, else the kind's default — and unstaged kinds (assumption,
// note) never carry a stage. Kinds are told apart without colour: each has a
// distinct shape and a written tag.
import { describe, expect, it } from "vitest";
import {
  defaultStage,
  ELEMENT_KINDS,
  fitStage,
  isElementKind,
  KINDS,
} from "../../../src/domain/kinds";
import { isStageId, STAGE_IDS } from "../../../src/domain/stages";

describe("kinds", () => {
  it("recognises exactly the known kinds", () => {
    for (const kind of ELEMENT_KINDS) expect(isElementKind(kind)).toBe(true);
    for (const v of ["Impact", "", "goal", null, undefined, 1, {}]) {
      expect(isElementKind(v)).toBe(false);
    }
  });

  it("every kind has a distinct shape and tag, and only real stages", () => {
    const shapes = new Set(ELEMENT_KINDS.map((k) => KINDS[k].shape));
    const tags = new Set(ELEMENT_KINDS.map((k) => KINDS[k].tag));
    expect(shapes.size).toBe(ELEMENT_KINDS.length);
    expect(tags.size).toBe(ELEMENT_KINDS.length);
    for (const kind of ELEMENT_KINDS) expect(KINDS[kind].stages.every(isStageId)).toBe(true);
  });

  it("default stages", () => {
    expect(defaultStage("impact")).toBe("impact");
    expect(defaultStage("outcome")).toBe("short");
    expect(defaultStage("output")).toBe("outputs");
    expect(defaultStage("activity")).toBe("activities");
    expect(defaultStage("input")).toBe("inputs");
    expect(defaultStage("assumption")).toBeNull();
    expect(defaultStage("note")).toBeNull();
  });

  it("fitStage keeps an allowed stage and falls back to the default otherwise", () => {
    expect(fitStage("outcome", "medium")).toBe("medium");
    expect(fitStage("outcome", "long")).toBe("long");
    expect(fitStage("outcome", "impact")).toBe("short");
    expect(fitStage("outcome", "nonsense")).toBe("short");
    expect(fitStage("outcome", null)).toBe("short");
    expect(fitStage("impact", "short")).toBe("impact");
    expect(fitStage("note", "short")).toBeNull();
    expect(fitStage("assumption", "impact")).toBeNull();
  });

  it("fitStage result is always allowed for the kind (every kind × every input)", () => {
    const inputs: unknown[] = [...STAGE_IDS, null, undefined, "", "Short", 3, {}];
    for (const kind of ELEMENT_KINDS) {
      for (const wanted of inputs) {
        const stage = fitStage(kind, wanted);
        if (KINDS[kind].stages.length === 0) expect(stage).toBeNull();
        else expect(KINDS[kind].stages).toContain(stage);
        // Fitting twice changes nothing.
        expect(fitStage(kind, stage)).toBe(stage);
      }
    }
  });
});
