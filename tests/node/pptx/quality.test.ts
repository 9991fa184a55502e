// @vitest-environment jsdom
// Invariant: the quality slide names every check with its open and dismissed
// counts as the report has them (0 for a passing check), and the speaker
// notes list each open finding and each dismissal with its reason.
import { describe, expect, it } from "vitest";
import type { TocModel } from "../../../src/domain/model";
import { CHECKS, checkModel } from "../../../src/domain/quality";
import { templateModel } from "../helpers/templateModel";
import { deckFor, parseXml, partText } from "./deckHelpers";

function modelWithFindings(): TocModel {
  const base = templateModel();
  const model: TocModel = {
    ...base,
    links: base.links.map((link) => ({ ...link, rationale: "", assumptions: [] })),
  };
  const first = checkModel(model)[0];
  return {
    ...model,
    dismissals: [{ key: first.key, reason: "Agreed at the March workshop", by: "Sam", at: 0 }],
  };
}

describe("quality-checks slide", () => {
  it("counts findings by check and lists them in the notes", async () => {
    const { report, deck } = await deckFor(modelWithFindings());
    expect(report.quality.openCount).toBeGreaterThan(0);
    expect(report.quality.dismissedCount).toBe(1);
    const index = deck.slides.length - 1;
    const rows = Array.from(parseXml(deck.slides[index]).getElementsByTagName("a:tr"), (tr) =>
      Array.from(tr.getElementsByTagName("a:tc"), (tc) =>
        Array.from(tc.getElementsByTagName("a:t"), (t) => t.textContent).join(""),
      ),
    );
    expect(rows[0]).toEqual(["Check", "Open", "Dismissed"]);
    expect(rows.length).toBe(1 + CHECKS.length);
    for (const check of CHECKS) {
      const group = report.quality.groups.find((g) => g.check === check.id);
      expect(rows).toContainEqual([
        check.label,
        String(group?.open.length ?? 0),
        String(group?.dismissed.length ?? 0),
      ]);
    }
    const notes = partText(deck.notes[index]);
    expect(notes).toContain("Agreed at the March workshop");
    for (const group of report.quality.groups) {
      for (const finding of group.open) expect(notes).toContain(finding.message);
    }
  }, 30_000);
});
