// Invariant: each element check fires on the case it is for and stays silent
// on its near miss; messages name the element by title in quotes.
import { describe, expect, it } from "vitest";
import { leadingActivityVerb } from "../../../../src/domain/quality/wording";
import { element, findingsOf, indicator, link, model, soundPlus } from "./build";

describe("outcome without an indicator", () => {
  it("fires for an outcome with no indicator, naming it", () => {
    const m = soundPlus([element("outcome", "o9", "Fewer GP visits")], [link("x", "p1", "o9")]);
    expect(findingsOf(m, "outcome-without-indicator")).toEqual([
      {
        key: "outcome-without-indicator:o9",
        check: "outcome-without-indicator",
        message: 'Outcome "Fewer GP visits" has no indicator: how will you know it happened?',
        elementIds: ["o9"],
        linkIds: [],
        dismissal: null,
      },
    ]);
  });

  it("counts an indicator only when something is written in it", () => {
    const blank = { ...indicator(""), measure: "  " };
    const partly = { ...indicator(""), target: "60%" };
    const m = soundPlus([
      element("outcome", "blank", "Blank indicator", { indicators: [blank] }),
      element("outcome", "partly", "Target only", { indicators: [partly] }),
    ]);
    expect(findingsOf(m, "outcome-without-indicator").map((f) => f.key)).toEqual([
      "outcome-without-indicator:blank",
    ]);
  });

  it("does not ask impact, outputs or activities for an indicator", () => {
    const m = soundPlus([
      element("impact", "imp2", "Healthier borough"),
      element("output", "p9", "Leaflets printed"),
      element("activity", "a9", "Door knocking"),
    ]);
    expect(findingsOf(m, "outcome-without-indicator")).toEqual([]);
  });
});

describe("element not connected", () => {
  it("fires for each staged element with no link at all", () => {
    const m = soundPlus([
      element("activity", "a9", "Coffee mornings"),
      element("input", "i9", "Volunteers"),
      element("impact", "imp2", "Healthier borough"),
    ]);
    const found = findingsOf(m, "unconnected-element");
    expect(found.map((f) => f.elementIds)).toEqual([["a9"], ["i9"], ["imp2"]]);
    expect(found[0]?.key).toBe("unconnected-element:a9");
    expect(found[0]?.message).toBe(
      'Activity "Coffee mornings" is not connected to anything: link it to what leads to it or what it leads to.',
    );
  });

  it("exempts notes and free-standing assumption elements", () => {
    const m = soundPlus([
      element("note", "n1", "Ask the PCN"),
      element("assumption", "as1", "GPs will refer"),
    ]);
    expect(findingsOf(m, "unconnected-element")).toEqual([]);
  });

  it("counts a link to a note, but not a self-link or a link to a missing element", () => {
    const m = soundPlus(
      [
        element("output", "p9", "Leaflets printed"),
        element("note", "n1", "Which languages?"),
        element("output", "self", "Linked to itself"),
        element("output", "lost", "Linked to nothing that exists"),
      ],
      [link("x1", "n1", "p9"), link("x2", "self", "self"), link("x3", "lost", "gone")],
    );
    expect(findingsOf(m, "unconnected-element").map((f) => f.elementIds[0])).toEqual([
      "self",
      "lost",
    ]);
  });
});

describe("outcome worded as an activity", () => {
  it("fires for an outcome that starts with an activity verb", () => {
    const m = soundPlus(
      [outcomeTitled("w1", "Deliver weekly walks")],
      [link("x1", "p1", "w1"), link("x2", "w1", "imp")],
    );
    const [found] = findingsOf(m, "outcome-worded-as-activity");
    expect(found?.key).toBe("outcome-worded-as-activity:w1");
    expect(found?.message).toBe(
      'Outcome "Deliver weekly walks" starts with "deliver", so it reads like an activity: an outcome names a change, such as "More residents…" or "Reduced…".',
    );
  });

  it("ignores case and leading punctuation, symbols and spaces", () => {
    for (const [title, verb] of [
      ["  - run walking clubs", "run"],
      ["SET UP a community hub", "set up"],
      ["“Hold” coffee mornings", "hold"],
      ["🎉 Launch the service", "launch"],
      ["Organise a forum", "organise"],
      ["organize a forum", "organize"],
      ["Signpost", "signpost"],
      ["Co-design the offer", "co-design"],
    ]) {
      expect(leadingActivityVerb(title as string), title).toBe(verb);
    }
  });

  it("does not fire for changes, other word forms, or other kinds", () => {
    for (const title of [
      "More residents walk weekly",
      "Reduced loneliness",
      "Running clubs are well attended",
      "Referrals reach the right service",
      "Run-down high streets revived",
      "Funded posts are filled",
      "Developers engage",
      "Residents who run clubs feel valued",
    ]) {
      expect(leadingActivityVerb(title), title).toBeNull();
    }
    const m = soundPlus([
      element("activity", "a9", "Deliver weekly walks"),
      element("output", "p9", "Run clubs"),
    ]);
    expect(findingsOf(m, "outcome-worded-as-activity")).toEqual([]);
  });
});

describe("duplicate titles", () => {
  it("reports each set once, in model order, keyed by the sorted ids", () => {
    const m = soundPlus([
      element("note", "z9", "  residents   FEEL less isolated "),
      element("output", "b9", "Residents feel less isolated"),
      element("activity", "c1", "Coffee mornings"),
      element("activity", "c0", "coffee mornings"),
    ]);
    const found = findingsOf(m, "duplicate-title");
    expect(found.map((f) => f.key)).toEqual(["duplicate-title:b9,o1,z9", "duplicate-title:c0,c1"]);
    expect(found[0]?.elementIds).toEqual(["o1", "z9", "b9"]);
    expect(found[0]?.message).toBe(
      '3 elements share the title "Residents feel less isolated": are they the same thing? Merge them, or reword one so they can be told apart.',
    );
  });

  it("folds case fully and ignores empty titles and near misses", () => {
    const folded = model([element("note", "a", "Straße"), element("note", "b", "STRASSE")]);
    expect(findingsOf(folded, "duplicate-title")).toHaveLength(1);
    const composed = model([element("note", "a", "Caf\u00e9"), element("note", "b", "CAFE\u0301")]);
    expect(findingsOf(composed, "duplicate-title")).toHaveLength(1);
    const m = soundPlus([
      element("note", "e1", ""),
      element("note", "e2", ""),
      element("note", "e3", "   "),
      element("note", "p", "Residents feel less isolated."),
    ]);
    expect(findingsOf(m, "duplicate-title")).toEqual([]);
  });
});

function outcomeTitled(id: string, title: string) {
  return element("outcome", id, title, { indicators: [indicator()] });
}
