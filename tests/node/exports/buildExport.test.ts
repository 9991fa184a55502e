// Invariant: every file format the export dialog offers is built from the open
// document's snapshot by one function (the one the export worker runs), and
// what it builds is the real thing: Office files are ZIP packages with their
// main part, the SVG is an SVG, CSV starts with a BOM for Excel, and every
// format that can come back in (toc.json, SVG, CSV, XLSX) reopens through the
// same import door as a dropped file, giving the same document.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { TocModel } from "../../../src/domain/model";
import { readSvgModel } from "../../../src/io/diagram";
import { buildExport } from "../../../src/io/exports/build";
import type { FileFormat } from "../../../src/io/exports/request";
import { ALL_SECTIONS } from "../../../src/io/exports/request";
import { readImport } from "../../../src/io/imports/readImport";
import { toEnvelope } from "../../../src/io/tocJson/format";
import type { ImportedDocument } from "../../../src/io/tocJson/parse";
import { templateModel } from "../helpers/templateModel";

const NOW = Date.UTC(2026, 11, 3, 9, 0);
const model = templateModel();

function build(format: FileFormat, extra: Partial<Parameters<typeof buildExport>[0]> = {}) {
  return buildExport({ format, model, now: NOW, appVersion: "test", ...extra });
}

function asFile(name: string, bytes: Uint8Array) {
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.slice().buffer,
    text: async () => new TextDecoder().decode(bytes),
  };
}

/** The parts of a document that a round trip must keep, without ids' order or export time. */
function content(doc: ImportedDocument | TocModel) {
  return doc.elements.map((e) => `${e.kind}:${e.title}`).sort();
}

describe("every export format is built for real", () => {
  it.each([
    ["docx", "word/document.xml"],
    ["pptx", "ppt/presentation.xml"],
    ["xlsx", "xl/workbook.xml"],
  ] as const)("%s is an Office package with its main part", async (format, part) => {
    const bytes = await build(format);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file(part), part).not.toBeNull();
    expect(zip.file("[Content_Types].xml")).not.toBeNull();
  });

  it("the SVG is an SVG carrying every title", async () => {
    const text = new TextDecoder().decode(await build("svg"));
    expect(text).toMatch(/<svg[\s>]/);
    for (const el of model.elements.filter((e) => e.kind !== "note")) {
      const firstWord = el.title.split(/\s+/)[0].replace(/&/g, "&amp;").replace(/</g, "&lt;");
      expect(text, el.title).toContain(firstWord);
    }
  });

  it("CSV starts with a byte-order mark; Markdown with the title", async () => {
    expect([...(await build("csv")).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const md = new TextDecoder().decode(await build("markdown"));
    expect(md.startsWith(`# ${model.meta.title}`)).toBe(true);
  });

  it("a Word report without the diagram section has no picture", async () => {
    const sections = { ...ALL_SECTIONS, diagram: false };
    const zip = await JSZip.loadAsync(await build("docx", { sections }));
    expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/"))).toEqual([]);
  });
});

describe("what can come back in reopens as the same document", () => {
  it.each([
    ["toc", "x.toc.json"],
    ["svg", "x.svg"],
    ["csv", "x.csv"],
    ["xlsx", "x.xlsx"],
  ] as const)("%s", async (format, name) => {
    const result = await readImport(asFile(name, await build(format)));
    if (!result.ok) throw new Error(result.message);
    expect(content(result.document)).toEqual(content(model));
    expect(result.document.links).toHaveLength(model.links.length);
    expect(result.document.title).toBe(model.meta.title);
  });

  it("a picture from elsewhere is refused in plain words", async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    const result = await readImport(asFile("drawing.svg", svg));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/no theory of change/) });
  });

  it("the envelope written into pictures is the document's own", async () => {
    const embedded = readSvgModel(new TextDecoder().decode(await build("svg")));
    if (embedded === null) throw new Error("no model in the SVG");
    expect(embedded).toBe(new TextDecoder().decode(await build("toc")));
    expect(JSON.parse(embedded).document).toEqual(
      toEnvelope(model, new Date(NOW), "test").document,
    );
  });
});
