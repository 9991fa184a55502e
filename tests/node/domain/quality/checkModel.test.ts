// Invariant: checkModel returns findings in CHECKS order then model order;
// keys depend only on the ids a finding is about, so they survive unrelated
// edits, reordering by a peer, and a dismissal stored under a key attaches to
// exactly that finding. Hostile titles never throw; an empty model raises
// "no impact" and nothing else.
import { describe, expect, it } from "vitest";
import type { Dismissal } from "../../../../src/domain/details";
import type { TocModel } from "../../../../src/domain/model";
import { CHECK_IDS, CHECKS, checkModel } from "../../../../src/domain/quality";
import { element, link, model, outcome, soundModel, soundPlus } from "./build";

/** A model with something for most checks to say. */
function messyModel(): TocModel {
  return soundPlus(
    [
      element("outcome", "o9", "Deliver weekly walks"),
      element("activity", "a9", "Coffee mornings"),
      element("input", "i9", "Volunteers"),
      element("note", "n9", "Residents feel less isolated"),
      outcome("o10", "Carers feel supported"),
    ],
    [
      link("x1", "p1", "o9", { rationale: "" }),
      link("x2", "o3", "o1"),
      link("x3", "i1", "a9"),
      link("x4", "p2", "o10"),
    ],
  );
}

const keys = (m: TocModel) => checkModel(m).map((f) => f.key);

describe("CHECKS", () => {
  it("lists every check once, with a label and a one-sentence explanation", () => {
    expect(CHECKS.map((c) => c.id)).toEqual([...CHECK_IDS]);
    for (const check of CHECKS) {
      expect(check.label.length).toBeGreaterThan(3);
      expect(check.explanation).toMatch(/^[A-Z].*\.$/);
      expect(check.explanation.split(/[.?!] /)).toHaveLength(1);
    }
  });
});

describe("checkModel", () => {
  it("finds nothing in a sound model", () => {
    expect(checkModel(soundModel())).toEqual([]);
  });

  it("raises only 'no impact' for an empty model", () => {
    expect(keys(model([]))).toEqual(["no-impact"]);
  });

  it("orders findings by check, then by model order", () => {
    const findings = checkModel(messyModel());
    const order = findings.map((f) => CHECK_IDS.indexOf(f.check));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(findings.map((f) => f.check)).size).toBeGreaterThanOrEqual(7);
    const m = messyModel();
    const reversed = { ...m, elements: [...m.elements].reverse() };
    const perElement = (mm: TocModel) =>
      checkModel(mm)
        .filter((f) => f.check === "unconnected-element")
        .map((f) => f.key);
    expect(perElement(reversed)).toEqual([...perElement(m)].reverse());
  });

  it("gives every finding a distinct key", () => {
    const all = keys(messyModel());
    expect(new Set(all).size).toBe(all.length);
  });

  it("keeps keys when unrelated parts of the model change", () => {
    const before = keys(messyModel());
    const m = messyModel();
    const edited: TocModel = {
      ...m,
      meta: { ...m.meta, title: "Renamed" },
      elements: [
        element("impact", "elsewhere", "Another impact"),
        ...m.elements.map((el) =>
          el.id === "a1" ? { ...el, title: "Renamed activity", position: { x: 500, y: 9 } } : el,
        ),
      ],
      links: [...m.links, link("y1", "o2", "elsewhere"), link("y2", "o1", "elsewhere")],
    };
    const after = keys(edited);
    for (const key of before) expect(after).toContain(key);
  });

  it("gives a peer with elements and links in another order the same keys", () => {
    const m = messyModel();
    const shuffled = { ...m, elements: [...m.elements].reverse(), links: [...m.links].reverse() };
    expect(new Set(keys(shuffled))).toEqual(new Set(keys(m)));
  });

  it("attaches a dismissal by key, to that finding only, through unrelated edits", () => {
    const dismissal: Dismissal = {
      key: "outcome-without-indicator:o9",
      reason: "Measured by the walking group register",
      by: "Amina",
      at: 1,
    };
    const stray: Dismissal = { key: "cycle:nobody", reason: "", by: "", at: 2 };
    const m = { ...messyModel(), dismissals: [stray, dismissal] };
    const findings = checkModel(m);
    expect(findings.filter((f) => f.dismissal !== null)).toEqual([
      expect.objectContaining({ key: dismissal.key, dismissal }),
    ]);
    expect(findings).toHaveLength(checkModel(messyModel()).length);

    const edited = { ...m, elements: [...m.elements, element("note", "new", "Later idea")] };
    const again = checkModel(edited).find((f) => f.key === dismissal.key);
    expect(again?.dismissal).toEqual(dismissal);
  });

  it("ignores links to missing elements everywhere", () => {
    const m = soundPlus(
      [element("activity", "a9", "Coffee mornings")],
      [link("x1", "a9", "gone", { rationale: "" }), link("x2", "gone", "o1")],
    );
    expect(keys(m)).toEqual(["unconnected-element:a9"]);
  });

  it("survives duplicate element ids by keeping the first", () => {
    const m = soundPlus([outcome("o1", "A second o1")]);
    expect(() => checkModel(m)).not.toThrow();
    expect(keys(m)).toEqual([]);
  });

  it("never throws on hostile titles, and keeps them tame in messages", () => {
    const hostile = [
      "x".repeat(300),
      "y".repeat(1_000_000),
      "\u202Eevil reversed\u202C title",
      "👩‍👩‍👧‍👦 family 🎉",
      `a${"\u0301".repeat(500)}`,
      '<img src=x onerror=alert(1)> "quoted"',
      "zero\u200Bwidth",
      "lone \uD800 surrogate\u0000",
      "😀".repeat(100),
      "",
    ];
    const m = model(
      hostile.map((title, i) => element("outcome", `h${i}`, title)),
      hostile.slice(1).map((_, i) => link(`l${i}`, `h${i}`, `h${i + 1}`, { rationale: "" })),
    );
    const findings = checkModel(m);
    expect(findings.length).toBeGreaterThan(hostile.length);
    for (const f of findings) {
      expect(f.message).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(f.message.length).toBeLessThan(1_000);
    }
    const long = findings.find((f) => f.key === "outcome-without-indicator:h0");
    expect(long?.message).toBe(
      `Outcome "${"x".repeat(80)}…" has no indicator: how will you know it happened?`,
    );
    const emoji = findings.find((f) => f.key === "outcome-without-indicator:h8");
    expect(emoji?.message).toContain(`"${"😀".repeat(80)}…"`);
    expect(emoji?.message.isWellFormed()).toBe(true);
    const untitled = findings.find((f) => f.key === "outcome-without-indicator:h9");
    expect(untitled?.message).toBe(
      "Outcome (untitled) has no indicator: how will you know it happened?",
    );
  });
});
