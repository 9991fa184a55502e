// Invariant: the link checks (no rationale; single precondition) fire on the
// case they are for and stay silent on the near miss; links to missing
// elements never count.
import { describe, expect, it } from "vitest";
import { element, findingsOf, link, outcome, soundPlus } from "./build";

const bare = { rationale: "" };

describe("link without a rationale or assumption", () => {
  it("fires for a bare link, naming both ends", () => {
    const m = soundPlus([], [link("x1", "o1", "imp", bare)]);
    expect(findingsOf(m, "link-without-rationale")).toEqual([
      {
        key: "link-without-rationale:x1",
        check: "link-without-rationale",
        message:
          'The link from "Residents feel less isolated" to "Better health and wellbeing in the borough" has no rationale or assumption: why does one lead to the other?',
        elementIds: ["o1", "imp"],
        linkIds: ["x1"],
        dismissal: null,
      },
    ]);
  });

  it("is satisfied by a rationale or by an assumption with text", () => {
    const assumption = { id: "as", text: "People can get there", confidence: "low" } as const;
    const m = soundPlus(
      [],
      [
        link("ok1", "o1", "imp", { rationale: "Because connection helps" }),
        link("ok2", "o1", "imp", { rationale: "", assumptions: [assumption] }),
        link("blank", "o1", "imp", {
          rationale: " \n ",
          assumptions: [{ ...assumption, text: " " }],
        }),
        link("evidenceOnly", "o1", "imp", {
          rationale: "",
          evidence: [{ id: "e", title: "Study", url: "", type: "research", strength: "weak" }],
        }),
      ],
    );
    expect(findingsOf(m, "link-without-rationale").map((f) => f.linkIds[0])).toEqual([
      "blank",
      "evidenceOnly",
    ]);
  });

  it("ignores links to missing elements and self-links", () => {
    const m = soundPlus([], [link("x1", "o1", "gone", bare), link("x2", "o1", "o1", bare)]);
    expect(findingsOf(m, "link-without-rationale")).toEqual([]);
  });
});

describe("single precondition", () => {
  it("fires for an outcome with one precondition, naming both", () => {
    const m = soundPlus([outcome("o9", "Carers feel supported")], [link("x1", "p1", "o9")]);
    expect(findingsOf(m, "single-precondition")).toEqual([
      {
        key: "single-precondition:o9",
        check: "single-precondition",
        message:
          'Outcome "Carers feel supported" has only one precondition, "Patients referred to link workers": is it sufficient on its own, or must something else happen too?',
        elementIds: ["o9", "p1"],
        linkIds: ["x1"],
        dismissal: null,
      },
    ]);
  });

  it("fires for an impact too, and counts two links from one element once", () => {
    const m = soundPlus(
      [element("impact", "imp2", "Healthier borough"), outcome("o9", "Carers feel supported")],
      [link("x1", "o1", "imp2"), link("x2", "p1", "o9"), link("x3", "p1", "o9")],
    );
    const found = findingsOf(m, "single-precondition");
    expect(found.map((f) => f.key)).toEqual(["single-precondition:imp2", "single-precondition:o9"]);
    expect(found[0]?.message).toMatch(/^Impact "Healthier borough" has only one precondition/);
    expect(found[1]?.linkIds).toEqual(["x2", "x3"]);
  });

  it("does not count resources, notes, assumption elements or missing elements", () => {
    const m = soundPlus(
      [
        outcome("o9", "Carers feel supported"),
        element("note", "n1", "Check with carers' centre"),
        element("assumption", "as1", "Carers have time"),
      ],
      [
        link("x1", "p1", "o9"),
        link("x2", "i1", "o9"),
        link("x3", "n1", "o9"),
        link("x4", "as1", "o9"),
        link("x5", "gone", "o9"),
      ],
    );
    expect(findingsOf(m, "single-precondition").map((f) => f.key)).toEqual([
      "single-precondition:o9",
    ]);
  });

  it("is silent for two preconditions or none", () => {
    const m = soundPlus(
      [outcome("o9", "Carers feel supported"), outcome("o10", "Nothing leads here yet")],
      [link("x1", "p1", "o9"), link("x2", "a2", "o9"), link("x3", "o10", "o3")],
    );
    expect(findingsOf(m, "single-precondition")).toEqual([]);
  });
});
