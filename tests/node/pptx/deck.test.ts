// @vitest-environment jsdom
// Invariant: the social-prescribing template becomes a deck PowerPoint can
// open — title, the diagram as native shapes (every element title present,
// one arrowed line per link), a slide per pathway page with its narrative in
// the speaker notes, real tables (every indicator's measure) continued across
// slides, and the quality checks; every slide part is well-formed XML.
import { beforeAll, describe, expect, it } from "vitest";
import { TOO_LARGE_NOTE } from "../../../src/io/pptx/diagram/diagramSlide";
import { templateModel } from "../helpers/templateModel";
import { containsText, deckFor, isWellFormed, parseXml, partText } from "./deckHelpers";

type Built = Awaited<ReturnType<typeof deckFor>>;
let built: Built;
const model = templateModel();

beforeAll(async () => {
  built = await deckFor(model);
});

function linkShapes(xml: string): Element[] {
  const doc = parseXml(xml);
  return Array.from(doc.getElementsByTagName("p:sp")).filter(
    (sp) => sp.getElementsByTagName("p:cNvPr")[0]?.getAttribute("name") === "Link",
  );
}

function slideTitle(xml: string): string {
  const title = Array.from(parseXml(xml).getElementsByTagName("p:sp")).find(
    (sp) => sp.getElementsByTagName("p:cNvPr")[0]?.getAttribute("name") === "Title",
  );
  return Array.from(title?.getElementsByTagName("a:t") ?? [], (t) => t.textContent).join("");
}

describe("PowerPoint deck of the social-prescribing template", () => {
  it("has title, diagram, pathway, table and quality slides in that order", () => {
    const { report, deck } = built;
    expect(report.pathways.length).toBeGreaterThan(1);
    const titles = deck.slides.map(slideTitle);
    expect(titles[1]).toBe(report.framingLabel);
    expect(titles.at(-1)).toBe("Quality checks");
    // Between them: each pathway, then each table, every one followed only by
    // its own continuations.
    const firsts: string[] = [];
    for (const title of titles.slice(2, -1)) {
      const continued = /^(.*) \(continued, \d+ of \d+\)$/.exec(title);
      if (continued) expect(continued[1]).toBe(firsts.at(-1));
      else firsts.push(title);
    }
    expect(firsts).toEqual([
      ...report.pathways.map((p) => p.title),
      "Outcomes and indicators",
      "Assumptions and evidence",
      "Activities and outputs",
      "Stakeholders and who proposed what",
    ]);
  });

  it("writes every slide and notes part as well-formed XML", () => {
    for (const xml of [...built.deck.slides, ...built.deck.notes.filter(Boolean)]) {
      expect(isWellFormed(xml)).toBe(true);
    }
  });

  it("opens with the title, 'Theory of change', the date and the framing", () => {
    const text = partText(built.deck.slides[0]);
    expect(text).toContain(built.report.title);
    expect(text).toContain("Theory of change");
    expect(text).toContain(built.report.date);
    expect(text).toContain(built.report.framingLabel);
  });

  it("draws every element title on the diagram slide", () => {
    const text = partText(built.deck.slides[1]);
    expect(model.elements.length).toBeGreaterThan(10);
    for (const node of built.scene.nodes) {
      expect(containsText(text, node.lines.join(" "))).toBe(true);
      expect(text).toContain(node.tag);
    }
    for (const element of model.elements.filter((e) => e.title.length < 60)) {
      expect(containsText(text, element.title)).toBe(true);
    }
    expect(text).not.toContain(TOO_LARGE_NOTE);
  });

  it("draws one arrowed line per link and one native shape per element", () => {
    const xml = built.deck.slides[1];
    const links = linkShapes(xml);
    expect(links.length).toBe(built.scene.links.length);
    for (const link of links) {
      expect(link.getElementsByTagName("a:tailEnd")[0]?.getAttribute("type")).toBe("triangle");
    }
    const names = Array.from(parseXml(xml).getElementsByTagName("p:cNvPr"), (c) =>
      c.getAttribute("name"),
    );
    for (const node of built.scene.nodes) {
      expect(names.some((n) => n?.startsWith(`${node.tag}: `))).toBe(true);
    }
    expect(xml).toContain('prst="hexagon"');
    expect(xml).toContain('prst="parallelogram"');
  });

  it("gives each pathway a slide titled with its name and its narrative as notes", () => {
    const { report, deck } = built;
    for (const pathway of report.pathways) {
      const index = deck.slides.findIndex((s) => partText(s).startsWith(pathway.title));
      expect(index).toBeGreaterThan(1);
      const notes = partText(deck.notes[index]);
      expect(pathway.narrative.length).toBeGreaterThan(0);
      for (const paragraph of pathway.narrative) expect(containsText(notes, paragraph)).toBe(true);
      const slideText = partText(deck.slides[index]);
      const first = pathway.elements[0];
      expect(containsText(slideText, first.stageName || first.kindLabel)).toBe(true);
    }
  });

  it("puts real tables with a header row and every indicator's measure on the slides", () => {
    const tableSlides = built.deck.slides.filter((s) => s.includes("<a:tbl>"));
    expect(tableSlides.length).toBeGreaterThanOrEqual(4);
    const all = tableSlides.map(partText).join(" ");
    const measures = model.elements.flatMap((e) => e.indicators.map((i) => i.measure));
    expect(measures.length).toBeGreaterThan(5);
    for (const measure of measures) expect(containsText(all, measure)).toBe(true);
    for (const xml of tableSlides) {
      const firstRow = parseXml(xml).getElementsByTagName("a:tr")[0];
      expect(firstRow.getElementsByTagName("a:solidFill").length).toBeGreaterThan(0);
    }
  });

  it("marks every text run as UK English for PowerPoint's spelling check", () => {
    for (const xml of built.deck.slides) {
      for (const [, lang] of xml.matchAll(/<a:rPr lang="([^"]*)"/g)) expect(lang).toBe("en-GB");
    }
  });

  it("keeps table text at 12 pt or larger and uses Arial throughout", () => {
    for (const xml of built.deck.slides.filter((s) => s.includes("<a:tbl>"))) {
      const sizes = Array.from(xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g), (m) => m[0])
        .join("")
        .matchAll(/ sz="(\d+)"/g);
      for (const [, size] of sizes) expect(Number(size)).toBeGreaterThanOrEqual(1200);
    }
    for (const xml of built.deck.slides) {
      for (const [, face] of xml.matchAll(/<a:latin typeface="([^"]*)"/g))
        expect(face).toBe("Arial");
    }
  });

  it("ends with the quality checks and their counts", () => {
    const last = partText(built.deck.slides.at(-1) ?? "");
    expect(last).toContain("Quality checks");
    expect(last).toContain(built.report.quality.summary);
    for (const group of built.report.quality.groups) {
      expect(last).toContain(group.label);
    }
  });
});

describe("PowerPoint file", () => {
  it("is deflated (the library would store parts uncompressed)", async () => {
    const { deck } = built;
    let unpacked = 0;
    for (const file of Object.values(deck.zip.files)) {
      unpacked += (await file.async("uint8array")).length;
    }
    expect(deck.bytes.length).toBeLessThan(unpacked / 3);
  });
});
