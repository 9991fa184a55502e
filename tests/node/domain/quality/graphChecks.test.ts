// Invariant: the pathway checks follow causal links forward through any staged
// element (never through notes or assumption elements); each loop is reported
// once; "no impact" fires only when there is neither an impact nor a
// long-term outcome.
import { describe, expect, it } from "vitest";
import { element, findingsOf, link, model, outcome, soundModel, soundPlus } from "./build";

describe("activity that leads to no outcome", () => {
  it("fires for an activity whose links lead to no outcome", () => {
    const m = soundPlus(
      [element("activity", "a9", "Coffee mornings"), element("output", "p9", "Mornings held")],
      [link("x1", "i1", "a9"), link("x2", "a9", "p9")],
    );
    expect(findingsOf(m, "activity-without-outcome")).toEqual([
      {
        key: "activity-without-outcome:a9",
        check: "activity-without-outcome",
        message:
          'Activity "Coffee mornings" does not lead to any outcome: what change is it meant to bring about?',
        elementIds: ["a9"],
        linkIds: [],
        dismissal: null,
      },
    ]);
  });

  it("follows links through outputs and other activities, and accepts an impact", () => {
    const m = soundPlus(
      [
        element("activity", "a9", "Coffee mornings"),
        element("activity", "a10", "Recruit volunteers"),
        element("activity", "a11", "Lobby the council"),
      ],
      [link("x1", "a10", "a9"), link("x2", "a9", "p1"), link("x3", "a11", "imp")],
    );
    expect(findingsOf(m, "activity-without-outcome")).toEqual([]);
  });

  it("does not follow links through notes, and leaves unconnected activities to that check", () => {
    const m = soundPlus(
      [
        element("activity", "a9", "Coffee mornings"),
        element("note", "n1", "Ask the café"),
        element("activity", "a10", "Nobody linked me"),
      ],
      [link("x1", "a9", "n1"), link("x2", "n1", "o1")],
    );
    expect(findingsOf(m, "activity-without-outcome").map((f) => f.key)).toEqual([
      "activity-without-outcome:a9",
    ]);
    expect(findingsOf(m, "unconnected-element").map((f) => f.key)).toEqual([
      "unconnected-element:a10",
    ]);
  });
});

describe("outcome with no path to the impact", () => {
  it("fires for an outcome that leads nowhere", () => {
    const m = soundPlus([outcome("o9", "Carers feel supported")], [link("x1", "p1", "o9")]);
    const found = findingsOf(m, "outcome-without-path-to-impact");
    expect(found.map((f) => f.key)).toEqual(["outcome-without-path-to-impact:o9"]);
    expect(found[0]?.message).toBe(
      'Outcome "Carers feel supported" has no path to the impact: what longer-term change does it lead to?',
    );
  });

  it("fires when the path only reaches a long-term outcome that stops short", () => {
    const m = soundPlus(
      [outcome("o9", "Carers feel supported"), outcome("o10", "Carers stay well", "long")],
      [link("x1", "o9", "o10")],
    );
    expect(findingsOf(m, "outcome-without-path-to-impact").map((f) => f.key)).toEqual([
      "outcome-without-path-to-impact:o9",
      "outcome-without-path-to-impact:o10",
    ]);
  });

  it("is silent for paths through later outcomes, and without any impact", () => {
    expect(findingsOf(soundModel(), "outcome-without-path-to-impact")).toEqual([]);
    const noImpact = model(
      [outcome("a", "Residents feel less isolated"), outcome("b", "Fewer GP visits", "long")],
      [link("x", "a", "b")],
    );
    expect(findingsOf(noImpact, "outcome-without-path-to-impact")).toEqual([]);
  });
});

describe("loops", () => {
  it("reports a loop once, naming its titles, with the links inside it", () => {
    const m = soundPlus([], [link("back", "o3", "o1")]);
    expect(findingsOf(m, "cycle")).toEqual([
      {
        key: "cycle:o1,o3",
        check: "cycle",
        message:
          '"Residents feel less isolated" and "Fewer GP visits for non-medical needs" lead round in a loop: a theory of change runs one way, towards the impact, so check the direction of these links.',
        elementIds: ["o1", "o3"],
        linkIds: ["l9", "back"],
        dismissal: null,
      },
    ]);
  });

  it("reports separate loops separately, in model order, and names four titles at most", () => {
    const ring = ["r1", "r2", "r3", "r4", "r5", "r6"];
    const m = soundPlus(
      ring.map((id) => outcome(id, `Ring ${id}`)),
      [
        ...ring.map((id, i) => link(`ring-${id}`, id, ring[(i + 1) % ring.length] as string)),
        link("back", "imp", "o2"),
      ],
    );
    const found = findingsOf(m, "cycle");
    expect(found.map((f) => f.key)).toEqual(["cycle:imp,o2,o3", `cycle:${ring.join(",")}`]);
    expect(found[1]?.message).toMatch(
      /^"Ring r1", "Ring r2", "Ring r3", "Ring r4" and 2 more lead round in a loop/,
    );
  });

  it("is silent for a diamond, and for a round trip through a note", () => {
    const diamond = model(
      [outcome("a", "A"), outcome("b", "B"), outcome("c", "C"), outcome("d", "D", "long")],
      [link("1", "a", "b"), link("2", "a", "c"), link("3", "b", "d"), link("4", "c", "d")],
    );
    expect(findingsOf(diamond, "cycle")).toEqual([]);
    const viaNote = soundPlus(
      [element("note", "n1", "Feeds back?")],
      [link("x1", "o3", "n1"), link("x2", "n1", "o1")],
    );
    expect(findingsOf(viaNote, "cycle")).toEqual([]);
  });
});

describe("no impact or long-term outcome", () => {
  it("fires when there is neither", () => {
    const m = model([outcome("a", "Residents feel less isolated", "medium")]);
    expect(findingsOf(m, "no-impact")).toEqual([
      {
        key: "no-impact",
        check: "no-impact",
        message:
          "There is no impact or long-term outcome yet: what is the long-term change all of this is for?",
        elementIds: [],
        linkIds: [],
        dismissal: null,
      },
    ]);
  });

  it("is satisfied by an impact alone or a long-term outcome alone", () => {
    expect(findingsOf(model([element("impact", "i", "Healthier borough")]), "no-impact")).toEqual(
      [],
    );
    expect(findingsOf(model([outcome("o", "Fewer GP visits", "long")]), "no-impact")).toEqual([]);
  });
});
