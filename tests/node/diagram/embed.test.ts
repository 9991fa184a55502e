// The *.toc.json text embedded in an SVG comes back byte for byte, and opens
// as the same theory of change (same elements, links and titles). Reading is
// bounded and total: no marker, damaged base64, invalid UTF-8 or a 200 MB
// hostile string give null quickly, never an exception.
import { describe, expect, it } from "vitest";
import { buildScene, readSvgModel, renderSvg } from "../../../src/io/diagram";
import { EMBED_MARKER, MAX_SVG_CHARS } from "../../../src/io/diagram/svg/embed";
import { parseTocFile, serializeToc } from "../../../src/io/tocJson";
import { templateModel } from "../helpers/templateModel";

const model = templateModel();
const date = new Date(2026, 11, 3);

describe("the model embedded in an SVG", () => {
  const json = serializeToc(model, date, "test");
  const svg = renderSvg(buildScene(model, { date }), { embed: json });

  it("reads back exactly and opens as the same document", async () => {
    const text = readSvgModel(svg);
    expect(text).toBe(json);
    const result = await parseTocFile(text ?? "");
    if (!result.ok) throw new Error(result.message);
    const { document } = result;
    expect(document.title).toBe(model.meta.title);
    expect(document.elements.map((e) => [e.id, e.kind, e.title]).sort()).toEqual(
      model.elements.map((e) => [e.id, e.kind, e.title]).sort(),
    );
    expect(document.links.map((l) => [l.source, l.target]).sort()).toEqual(
      model.links.map((l) => [l.source, l.target]).sort(),
    );
  });

  it("survives non-ASCII text and markup in the model", () => {
    const text = '{"title":"Café ]]> </metadata><script> \u202E 😀"}';
    expect(readSvgModel(renderSvg(buildScene(model, { date }), { embed: text }))).toBe(text);
  });

  it("is not fooled by a label that quotes the marker", () => {
    const fake = `${EMBED_MARKER}eyJmYWtlIjp0cnVlfQ==`;
    const spoofed = { ...model, meta: { ...model.meta, title: fake } };
    const svgText = renderSvg(buildScene(spoofed, { date }), { embed: json });
    expect(readSvgModel(svgText)).toBe(json);
    expect(renderSvg(buildScene(spoofed, { date }))).not.toContain(EMBED_MARKER);
  });

  it("gives null when there is nothing to read", () => {
    expect(readSvgModel(renderSvg(buildScene(model, { date })))).toBeNull();
    expect(readSvgModel("")).toBeNull();
    expect(readSvgModel(`${EMBED_MARKER}`)).toBeNull();
    expect(readSvgModel(`${EMBED_MARKER}<`)).toBeNull();
  });

  it("gives null for damaged data", () => {
    expect(readSvgModel(`${EMBED_MARKER}not*base64!<`)).toBeNull();
    expect(readSvgModel(`${EMBED_MARKER}QUJD=A<`)).toBeNull();
    // Valid base64 of bytes that are not UTF-8.
    expect(readSvgModel(`${EMBED_MARKER}//79<`)).toBeNull();
    expect(readSvgModel(`${EMBED_MARKER}${"A".repeat(40 * 1024 * 1024)}<`)).toBeNull();
  });

  it("refuses a string over the size cap before reading it, even one holding a real model", () => {
    expect(readSvgModel(svg)).toBe(json);
    const huge = `${svg}${" ".repeat(MAX_SVG_CHARS)}`;
    expect(readSvgModel(huge)).toBeNull();
    const hostile = `${EMBED_MARKER}${"QUJD".repeat(50 * 1024 * 1024)}<`;
    expect(hostile.length).toBeGreaterThan(MAX_SVG_CHARS);
    expect(readSvgModel(hostile)).toBeNull();
  });
});
