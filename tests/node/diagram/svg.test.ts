// @vitest-environment jsdom
// The social-prescribing template exported as SVG is a file a user's program
// opens as it is: well-formed XML with width, height and viewBox, a <title>
// and a <desc> in words, every element's title as real text, every drawn link
// with its arrowhead, the framing's stage names, a legend of kinds, and
// nothing that runs or reaches outside the file.
import { describe, expect, it } from "vitest";
import { KINDS } from "../../../src/domain/kinds";
import { FRAMINGS } from "../../../src/domain/stages";
import { buildScene, renderSvg } from "../../../src/io/diagram";
import { templateModel } from "../helpers/templateModel";
import { activeContent, parseSvg, textsOf } from "./svgDom";

const model = templateModel();
const date = new Date(2026, 11, 3);

describe.each(["toc", "logic"] as const)(
  "SVG of the social-prescribing template (%s)",
  (framing) => {
    const scene = buildScene(model, { framing, date });
    const svg = renderSvg(scene);
    const doc = parseSvg(svg);
    const texts = textsOf(doc);

    it("is a standalone SVG 1.1 with its size in pixels and a matching viewBox", () => {
      const root = doc.documentElement;
      expect(root.getAttribute("version")).toBe("1.1");
      expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
      expect(root.getAttribute("width")).toBe(`${scene.width}px`);
      expect(root.getAttribute("height")).toBe(`${scene.height}px`);
      expect(root.getAttribute("viewBox")).toBe(`0 0 ${scene.width} ${scene.height}`);
      expect(root.querySelector("g")?.getAttribute("font-family")).toBe(
        'Arial, Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif',
      );
    });

    it("has the document title as <title> and the alt text as <desc>", () => {
      expect(doc.querySelector("svg > title")?.textContent).toBe(model.meta.title);
      const desc = doc.querySelector("svg > desc")?.textContent ?? "";
      expect(desc).toContain(`${model.elements.length} elements`);
      expect(desc).toContain(`${model.links.length} links`);
      expect(desc).toContain("1 impact, 14 outcomes, 7 outputs, 7 activities, 5 inputs, 1 note");
      expect(desc).toBe(scene.description);
      expect(desc.startsWith(`${FRAMINGS[framing].label} diagram “${model.meta.title}”`)).toBe(
        true,
      );
    });

    it("writes every element's title as text", () => {
      for (const element of model.elements) expect(texts).toContain(element.title);
    });

    it("draws every link, each with one filled arrowhead", () => {
      expect(scene.links).toHaveLength(model.links.length);
      const arrowheads = Array.from(doc.getElementsByTagName("polygon")).filter(
        (p) =>
          p.getAttribute("points")?.split(" ").length === 3 && p.getAttribute("stroke") === "none",
      );
      expect(arrowheads).toHaveLength(model.links.length);
    });

    it("names every stage as this framing does, and has the title and date", () => {
      for (const name of Object.values(FRAMINGS[framing].stageNames)) expect(texts).toContain(name);
      expect(texts).toContain(model.meta.title);
      expect(texts).toContain(`${FRAMINGS[framing].label} · 3 December 2026`);
    });

    it("has a legend naming each kind drawn", () => {
      const kinds = new Set(model.elements.map((e) => e.kind));
      expect(scene.legend.map((item) => item.kind).sort()).toEqual([...kinds].sort());
      for (const kind of kinds) expect(texts).toContain(KINDS[kind].label);
    });

    it("holds nothing that runs or reaches outside the file", () => {
      expect(activeContent(doc, svg)).toEqual([]);
      expect(svg).not.toMatch(/<script|foreignObject|javascript:|\son\w+=/i);
    });
  },
);
