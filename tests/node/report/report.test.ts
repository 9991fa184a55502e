// The report model tells the whole theory of change and invents nothing:
// pathways follow the document's groups (or its impacts when it has none),
// every outcome and the impact are narrated, every indicator has a row, and
// an empty document gives a report that says it is empty.
import { describe, expect, it } from "vitest";
import { STAGE_IDS } from "../../../src/domain/stages";
import { buildReport, type Report } from "../../../src/io/report";
import { testElement, testLink, testModel } from "../domain/builders";
import { templateModel } from "../helpers/templateModel";

const NOW = new Date(2026, 11, 3, 12, 0);
const allNarrative = (r: Report) => r.pathways.flatMap((p) => p.narrative).join("\n");

describe("the social prescribing template", () => {
  const model = templateModel();
  const report = buildReport(model, NOW);

  it("has the title, a written date and the framing's stages, impact first", () => {
    expect(report.title).toBe(model.meta.title);
    expect(report.date).toBe("3 December 2026");
    expect(report.framingLabel).toBe("Theory of change");
    expect(report.stages.map((s) => s.name)[0]).toBe("Impact");
    expect(report.stages.map((s) => s.id)).toEqual([...STAGE_IDS].reverse());
  });

  it("has one pathway per group, in the diagram's order, then the ungrouped ones", () => {
    // The template lays out person, community and system level side by side.
    expect(report.pathways.map((p) => p.title)).toEqual([
      "Person level",
      "Community level",
      "System level",
      "Across pathways",
    ]);
    for (const group of model.groups) {
      const pathway = report.pathways.find((p) => p.id === group.id);
      const expected = model.elements.filter((e) => e.group === group.id && e.stage !== null);
      expect(pathway?.elements.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    }
  });

  it("lists each pathway's elements in backwards-mapping order", () => {
    for (const pathway of report.pathways) {
      const ranks = pathway.elements.map((e) => STAGE_IDS.indexOf(e.stage ?? "inputs"));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
  });

  it("narrates the impact, every outcome, descriptions and rationales", () => {
    const text = allNarrative(report);
    for (const el of model.elements.filter((e) => e.kind === "impact" || e.kind === "outcome")) {
      expect(text).toContain(`“${el.title}”`);
    }
    expect(text).toMatch(/The long-term goal is “Residents live well/);
    const described = model.elements.find((e) => e.description.startsWith("Wider determinants"));
    expect(text).toContain(described?.description);
    expect(text).toContain("because link workers are the people who have these conversations");
    expect(text).toMatch(
      /rests on the assumption that funding follows referrals.*\(low confidence\)/,
    );
  });

  it("has a row for every indicator, with all its fields", () => {
    const rows = report.tables.outcomes.rows;
    const indicators = model.elements.flatMap((e) => e.indicators);
    expect(indicators.length).toBeGreaterThan(10);
    for (const ind of indicators) {
      const row = rows.find((r) => r[2] === ind.measure);
      expect(row).toEqual(expect.arrayContaining([ind.target, ind.byWhen, ind.dataSource]));
    }
    expect(rows.every((r) => r.length === report.tables.outcomes.columns.length)).toBe(true);
  });

  it("fills the other tables from the model", () => {
    const { assumptions, activities, stakeholders, links, evidence } = report.tables;
    expect(assumptions.rows.some((r) => r[0].startsWith("Link: ") && r[0].includes(" → "))).toBe(
      true,
    );
    expect(links.rows).toHaveLength(model.links.length);
    expect(stakeholders.rows.map((r) => r[0])).toEqual(model.stakeholders.map((s) => s.name));
    const conversations = activities.rows.find((r) => r[0].startsWith("Hold 'what matters"));
    expect(conversations?.[1]).toBe("Personalised care and support plans agreed");
    expect(conversations?.[2]).toBe(
      "More people referred feel listened to and have a plan they own",
    );
    expect(evidence.rows.length).toBe(
      model.elements.reduce((n, e) => n + e.evidence.length, 0) +
        model.links.reduce((n, l) => n + l.evidence.length, 0),
    );
  });
});

describe("a document without groups", () => {
  const model = testModel(
    [
      testElement("imp", { kind: "impact", stage: "impact", title: "Healthier town" }),
      testElement("o1", { stage: "long", title: "Fewer falls", description: "Among over-65s." }),
      testElement("a1", { kind: "activity", stage: "activities", title: "Run classes" }),
      testElement("imp2", { kind: "impact", stage: "impact", title: "Fairer town" }),
      testElement("stray", { stage: "short", title: "Loose outcome" }),
    ],
    [
      testLink("l1", "a1", "o1", { rationale: "Because strength training prevents falls" }),
      testLink("l2", "o1", "imp"),
    ],
  );

  it("has one pathway per impact, with everything upstream of it", () => {
    const report = buildReport(model, NOW);
    expect(report.pathways.map((p) => p.title)).toEqual([
      "Pathway to “Healthier town”",
      "Pathway to “Fairer town”",
      "Not yet linked to a pathway",
    ]);
    expect(report.pathways[0].elements.map((e) => e.id)).toEqual(["imp", "o1", "a1"]);
    expect(report.pathways[0].narrative.join(" ")).toContain(
      "“Run classes” leads to “Fewer falls” because strength training prevents falls.",
    );
    expect(report.pathways[2].elements.map((e) => e.id)).toEqual(["stray"]);
  });

  it("reads forwards in the logic framing", () => {
    const logic = { ...model, meta: { ...model.meta, framing: "logic" as const } };
    const report = buildReport(logic, NOW);
    expect(report.pathways[0].elements.map((e) => e.id)).toEqual(["a1", "o1", "imp"]);
    expect(report.stages[0].name).toBe("Inputs");
    const narrative = report.pathways[0].narrative;
    expect(narrative[0]).toBe("The programme's activity is: “Run classes”.");
    expect(narrative).toContain(
      "These are expected to lead to this long-term outcome: “Fewer falls”.",
    );
    expect(narrative.at(-1)).toBe("The long-term goal is “Healthier town”.");
  });

  it("uses long-term outcomes as goals when there is no impact", () => {
    const noImpact = { ...model, elements: model.elements.filter((e) => e.kind !== "impact") };
    const report = buildReport(noImpact, NOW);
    expect(report.pathways[0].title).toBe("Pathway to “Fewer falls”");
  });

  it("tells the whole theory of change as one pathway when there is no goal", () => {
    const flat = testModel([testElement("a", { kind: "activity", stage: "activities" })]);
    expect(buildReport(flat, NOW).pathways.map((p) => p.title)).toEqual([
      "The whole theory of change",
    ]);
  });
});

describe("an empty document", () => {
  it("gives a report that says it is empty", () => {
    const report = buildReport(testModel([]), NOW);
    expect(report.isEmpty).toBe(true);
    expect(report.pathways).toEqual([]);
    expect(report.overview[0]).toMatch(/no elements yet/);
    expect(report.tables.outcomes.rows).toEqual([]);
    expect(report.tables.outcomes.emptyText).toMatch(/no outcomes yet/);
    expect(report.quality.groups.map((g) => g.check)).toEqual(["no-impact"]);
  });
});

describe("details", () => {
  it("writes the accountability ceiling and dismissed findings with their reasons", () => {
    const model = testModel(
      [
        testElement("imp", { kind: "impact", stage: "impact", title: "Goal" }),
        testElement("o", { stage: "medium", title: "Change" }),
      ],
      [testLink("l", "o", "imp", { rationale: "Because" })],
      { meta: { ...testModel([]).meta, ceiling: "medium" } },
    );
    const dismissed = buildReport(
      {
        ...model,
        dismissals: [
          { key: "outcome-without-indicator:o", reason: "Measured elsewhere", by: "Sam", at: 0 },
        ],
      },
      NOW,
    );
    expect(dismissed.ceiling).toBe(
      "The programme answers for everything up to and including its intermediate outcomes; beyond that line it contributes to the long-term outcomes and impact, which it does not answer for alone.",
    );
    const group = dismissed.quality.groups.find((g) => g.check === "outcome-without-indicator");
    expect(group?.dismissed).toEqual([
      expect.objectContaining({ reason: "Measured elsewhere", by: "Sam" }),
    ]);
    expect(dismissed.quality.dismissedCount).toBeGreaterThan(0);
    expect(dismissed.tables.outcomes.rows.find((r) => r[0] === "Change")?.[2]).toBe(
      "No indicator yet",
    );
  });

  it("carries no control characters, lone surrogates or unsafe links; isolates direction overrides", () => {
    const hostile = "A\u0000B\uD800C\uFFFF\u202E<script>alert(1)</script>";
    const model = testModel([
      testElement("imp", {
        kind: "impact",
        stage: "impact",
        title: hostile,
        evidence: [
          {
            id: "e",
            title: hostile,
            url: "javascript:alert(1)",
            type: "research",
            strength: "weak",
          },
        ],
      }),
    ]);
    const report = buildReport(model, NOW);
    const everything = JSON.stringify(report);
    expect(everything).not.toMatch(/\\u0000|\\ud800|\uFFFF/i);
    expect(report.pathways[0].elements[0].title).toBe(
      "\u2068AB\uFFFDC\u202E<script>alert(1)</script>\u2069",
    );
    expect(report.tables.evidence.rows[0][4]).toBe("");
    expect(report.tables.evidence.linkColumns).toEqual([4]);
  });
});
