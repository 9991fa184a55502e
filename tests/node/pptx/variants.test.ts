// @vitest-environment jsdom
// Invariant: an empty document still gives a whole deck that says in words
// that there is nothing yet (no missing sections, no crash); the logic-model
// framing and an accountability ceiling reach the diagram slide (stage names
// of that framing, a dashed ceiling line with its label and its sentence).
import { describe, expect, it } from "vitest";
import { blankToc } from "../../../src/templates";
import { templateModel } from "../helpers/templateModel";
import { deckFor, isWellFormed, parseXml, partText } from "./deckHelpers";

describe("PowerPoint deck of an empty document", () => {
  it("has every section, each saying there is nothing yet", async () => {
    const { report, deck } = await deckFor({ ...templateModel(blankToc), elements: [], links: [] });
    expect(report.pathways).toEqual([]);
    // title, diagram, overview, four tables, quality
    expect(deck.slides.length).toBe(8);
    for (const xml of deck.slides) expect(isWellFormed(xml)).toBe(true);
    expect(partText(deck.slides[2])).toContain(report.overview[0]);
    expect(partText(deck.slides[3])).toContain(report.tables.outcomes.emptyText);
    // Outcomes, assumptions and activities are empty; the stakeholder register is not.
    expect(deck.slides.slice(3, 6).every((xml) => !xml.includes("<a:tbl>"))).toBe(true);
  }, 30_000);
});

describe("PowerPoint deck of a logic model with a ceiling", () => {
  it("names the framing's stages and draws the ceiling", async () => {
    const base = templateModel();
    const model = {
      ...base,
      meta: { ...base.meta, framing: "logic" as const, ceiling: "medium" as const },
    };
    const { report, scene, deck } = await deckFor(model);
    const xml = deck.slides[1];
    const text = partText(xml);
    expect(text).toContain("Logic model");
    for (const stage of report.stages) expect(text).toContain(stage.name);
    expect(scene.ceiling).not.toBeNull();
    expect(text).toContain(scene.ceiling?.labelText.lines.join(" "));
    const ceiling = Array.from(parseXml(xml).getElementsByTagName("p:sp")).find(
      (sp) =>
        sp.getElementsByTagName("p:cNvPr")[0]?.getAttribute("name") === "Accountability ceiling",
    );
    expect(ceiling?.getElementsByTagName("a:prstDash")[0]?.getAttribute("val")).toBe("dash");
    expect(partText(deck.notes[1])).toContain(report.ceiling ?? "(no ceiling sentence)");
  }, 30_000);
});
