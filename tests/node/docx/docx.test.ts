// The Word report opens as a real document: Heading 1 chapters and Heading 2
// pathways (so Word's navigation pane and contents work), tables holding
// every indicator with a header row repeated across pages, the diagram as
// SVG with a PNG fallback and alt text, document properties naming ToC
// Studio; chapters switched off are absent; hostile labels keep every part
// well-formed XML and stay text.
import { beforeAll, describe, expect, it } from "vitest";
import { ALL_SECTIONS, buildDocxBytes, type DocxOptions } from "../../../src/io/docx";
import { buildReport } from "../../../src/io/report";
import { testElement, testIndicator, testLink, testModel } from "../domain/builders";
import { templateModel } from "../helpers/templateModel";
import { type OpenedDocx, openDocx, parseXml, WORD_NS } from "./open";

const NOW = new Date(2026, 11, 3);
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect x="10" y="10" width="120" height="60" fill="#dcefe2" stroke="#2f6b3f"/><text x="20" y="45">Outcome</text></svg>`;
// A real 1 × 1 PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const ALT = "Diagram: impact at the top, three pathways of outcomes below it.";
const WITH_DIAGRAM: DocxOptions = {
  sections: ALL_SECTIONS,
  diagram: { svg: SVG, png: PNG, width: 1200, height: 800, alt: ALT },
};
const CHAPTERS = [
  "Diagram",
  "Narrative",
  "Outcomes and indicators",
  "Assumptions and evidence",
  "Activities and outputs",
  "Stakeholders and who proposed what",
  "Quality checks",
];

describe("the social prescribing report", () => {
  const model = templateModel();
  const report = buildReport(model, NOW);
  let docx: OpenedDocx;
  beforeAll(async () => {
    docx = await openDocx(await buildDocxBytes(report, WITH_DIAGRAM));
  });
  const styled = (style: string) =>
    docx.paragraphs.filter((p) => p.style === style).map((p) => p.text);

  it("has a title page, a contents field and every chapter as Heading 1", () => {
    expect(styled("Title")).toEqual([report.title]);
    expect(docx.paragraphs.some((p) => p.text === "3 December 2026")).toBe(true);
    expect(styled("Heading1")).toEqual(CHAPTERS);
    expect(docx.xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(docx.xml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    // The contents is pre-filled with the chapters, in order.
    expect(styled("TOC1")).toEqual(CHAPTERS);
  });

  it("narrates each pathway under a Heading 2", () => {
    for (const pathway of report.pathways) {
      expect(styled("Heading2")).toContain(pathway.title);
      expect(docx.paragraphs.some((p) => p.text === pathway.narrative[0])).toBe(true);
    }
  });

  it("tabulates every indicator, with a header row repeated on each page", () => {
    const tables = docx.dom.getElementsByTagNameNS(WORD_NS, "tbl");
    expect(tables.length).toBe(6);
    const outcomes = tables[0];
    const text = outcomes.textContent ?? "";
    for (const ind of model.elements.flatMap((e) => e.indicators))
      expect(text).toContain(ind.measure);
    const firstRow = outcomes.getElementsByTagNameNS(WORD_NS, "tr")[0];
    const repeat = firstRow.getElementsByTagNameNS(WORD_NS, "tblHeader");
    expect(repeat).toHaveLength(1);
    expect(["", "true", "1", "on"]).toContain(repeat[0].getAttributeNS(WORD_NS, "val") ?? "");
    expect(firstRow.textContent).toBe(report.tables.outcomes.columns.join(""));
    expect(docx.xml).toContain('w:fill="1F3864"');
  });

  it("embeds the diagram as SVG with a PNG fallback and alt text", async () => {
    const media = docx.files.filter((f) => f.startsWith("word/media/"));
    expect(media.some((f) => f.endsWith(".svg"))).toBe(true);
    expect(media.some((f) => f.endsWith(".png"))).toBe(true);
    const svg = await docx.zip.file(media.find((f) => f.endsWith(".svg")) ?? "")?.async("string");
    expect(svg).toBe(SVG);
    const docPr = docx.xml.match(/<wp:docPr [^>]*>/)?.[0] ?? "";
    expect(docPr).toContain(`descr="${ALT}"`);
    expect(docx.xml).toContain("asvg:svgBlip");
  });

  it("names ToC Studio and the title in the document properties", async () => {
    const core = (await docx.zip.file("docProps/core.xml")?.async("string")) ?? "";
    expect(core).toContain("<dc:creator>ToC Studio</dc:creator>");
    expect(core).toContain(`<dc:title>${report.title}</dc:title>`);
  });
});

describe("choosing sections", () => {
  it("leaves out the chapters switched off, and the diagram when none is given", async () => {
    const report = buildReport(templateModel(), NOW);
    const sections = { ...ALL_SECTIONS, outcomes: false, stakeholders: false, quality: false };
    const docx = await openDocx(await buildDocxBytes(report, { sections }));
    const headings = docx.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings).toEqual(["Narrative", "Assumptions and evidence", "Activities and outputs"]);
    expect(docx.files.some((f) => f.startsWith("word/media/"))).toBe(false);
    expect(docx.dom.getElementsByTagNameNS(WORD_NS, "tbl")).toHaveLength(4);
    expect(docx.xml).not.toContain(report.tables.outcomes.rows[0][2]);
  });

  it("leaves out a diagram whose size is unusable rather than distorting it", async () => {
    const report = buildReport(templateModel(), NOW);
    const diagram = { svg: SVG, png: PNG, width: Number.NaN, height: 0, alt: ALT };
    const docx = await openDocx(await buildDocxBytes(report, { sections: ALL_SECTIONS, diagram }));
    expect(docx.paragraphs.some((p) => p.text === "Diagram" && p.style === "Heading1")).toBe(false);
  });

  it("says so when the document is empty", async () => {
    const docx = await openDocx(
      await buildDocxBytes(buildReport(testModel([]), NOW), WITH_DIAGRAM),
    );
    expect(docx.paragraphs.some((p) => p.text.includes("no elements yet"))).toBe(true);
    expect(docx.paragraphs.some((p) => p.text === "There are no outcomes yet.")).toBe(true);
  });
});

describe("hostile labels", () => {
  const LABELS = [
    "</w:t><script>alert(1)</script>",
    "]]><![CDATA[x",
    'Tom & Jerry\'s "quoted" <b>bold</b>',
    `lone \uD800 surrogate and NUL ${String.fromCharCode(0)} here`,
    "\u202Eevil right-to-left override",
    `e${"\u0301".repeat(500)}`,
    "x".repeat(1_000_000),
  ];

  it("keep every XML part well-formed and stay text", async () => {
    const elements = LABELS.map((label, i) =>
      testElement(`e${i}`, {
        kind: i === 0 ? "impact" : "outcome",
        stage: i === 0 ? "impact" : "long",
        title: label,
        description: label,
        indicators: [testIndicator(label, { population: label })],
        evidence: [
          { id: "v", title: label, url: "javascript:alert(1)", type: "research", strength: "weak" },
        ],
      }),
    );
    const links = LABELS.slice(1).map((label, i) =>
      testLink(`l${i}`, `e${i + 1}`, "e0", { rationale: label }),
    );
    const model = testModel(elements, links, {
      meta: { title: LABELS[0], framing: "toc", createdAt: 0, schemaVersion: 2, ceiling: null },
      groups: [],
    });
    const options = {
      ...WITH_DIAGRAM,
      diagram: { svg: SVG, png: PNG, width: 1200, height: 800, alt: LABELS[2] },
    };
    const docx = await openDocx(await buildDocxBytes(buildReport(model, NOW), options));
    for (const name of docx.files.filter((f) => f.endsWith(".xml") || f.endsWith(".rels"))) {
      const xml = (await docx.zip.file(name)?.async("string")) ?? "";
      expect(() => parseXml(xml), name).not.toThrow();
      expect(xml.isWellFormed(), name).toBe(true);
      expect(xml.includes(String.fromCharCode(0)), name).toBe(false);
    }
    expect(docx.dom.getElementsByTagName("script")).toHaveLength(0);
    expect(docx.paragraphs.filter((p) => p.style === "Title").map((p) => p.text)).toEqual([
      LABELS[0],
    ]);
    expect(docx.xml).not.toContain("javascript:");
    const docPr = docx.dom.getElementsByTagName("wp:docPr")[0];
    expect(docPr.getAttribute("descr")).toBe(LABELS[2]);
  }, 60_000);

  it("cut a very long title to one footer line, keeping a direction override inside it", async () => {
    const title = `\u202E${"é".repeat(1_000_000)}`;
    const model = testModel([testElement("o", { title: "Outcome" })], [], {
      meta: { title, framing: "toc", createdAt: 0, schemaVersion: 2, ceiling: null },
    });
    const docx = await openDocx(
      await buildDocxBytes(buildReport(model, NOW), { sections: ALL_SECTIONS }),
    );
    const footer = parseXml((await docx.zip.file("word/footer1.xml")?.async("string")) ?? "");
    const text = footer.documentElement.textContent ?? "";
    expect(text.length).toBeLessThan(100);
    expect(text).toMatch(/^\u2068\u202Eé+…\u2069 · page /);
  });
});
