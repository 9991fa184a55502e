// @vitest-environment jsdom
// TESTING.md hostile inputs 4–6 in the SVG export: labels holding markup,
// "]]>", entities, quotes, a lone surrogate, U+202E, 500 combining marks, NUL
// and a 1 MB title still give well-formed, inert SVG whose text says what the
// label said (escaped, never interpreted). The model here is built by hand,
// past the document layer's own cleaning, so the exporter is tested alone.
import { describe, expect, it } from "vitest";
import type { TocModel } from "../../../src/domain/model";
import { buildScene, renderSvg } from "../../../src/io/diagram";
import {
  HOSTILE_UNICODE,
  HUGE_LABEL,
  LONE_SURROGATE,
  RTL_OVERRIDE,
  ZERO_WIDTH,
  ZWJ_EMOJI,
} from "../helpers/hostile";
import { templateModel } from "../helpers/templateModel";
import { activeContent, parseSvg, textsOf } from "./svgDom";

const HOSTILE = [
  "</text><script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "]]> <![CDATA[ x ]]>",
  "Tom & Jerry &amp; &#x3c; &lt;",
  "a&base64,b",
  "c<base64,d",
  "e>;base64,f",
  `"double" and 'single' quotes`,
  ...HOSTILE_UNICODE,
  "javascript:alert(1)",
  HUGE_LABEL,
];

function hostileModel(): TocModel {
  const base = templateModel();
  return {
    ...base,
    meta: {
      ...base.meta,
      title: `</title><script>alert(1)</script>]]>\u0000${"y".repeat(1_000_000)}`,
    },
    elements: base.elements.map((e, i) => ({ ...e, title: HOSTILE[i % HOSTILE.length] })),
  };
}

describe("SVG export of hostile labels", () => {
  const model = hostileModel();
  const svg = renderSvg(buildScene(model, { date: new Date(2026, 0, 1) }), { embed: "{}" });
  const doc = parseSvg(svg);
  const texts = textsOf(doc);
  // A label with no spaces is broken across lines anywhere; read it back unbroken.
  const unbroken = texts.map((t) => t.replaceAll(" ", ""));

  it("stays well-formed and inert", () => {
    expect(activeContent(doc, svg)).toEqual([]);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(svg).not.toMatch(/<script|<img|<svg onload/);
    expect(svg.includes("\u0000")).toBe(false);
    expect(svg.isWellFormed()).toBe(true);
  });

  it("shows markup and entities as the literal text people typed", () => {
    expect(unbroken).toContain("</text><script>alert(1)</script>");
    expect(texts).toContain("Tom & Jerry &amp; &#x3c; &lt;");
    for (const marker of ["a&base64,b", "c<base64,d", "e>;base64,f"])
      expect(unbroken).toContain(marker);
    expect(texts).toContain(`"double" and 'single' quotes`);
    expect(texts.join("\n")).toContain("]]>");
  });

  it("replaces what XML cannot hold and keeps the rest", () => {
    expect(texts).toContain(LONE_SURROGATE.toWellFormed());
    expect(texts).toContain(RTL_OVERRIDE);
    expect(unbroken).toContain(ZERO_WIDTH);
    expect(unbroken).toContain(ZWJ_EMOJI.replaceAll(" ", ""));
    expect(texts.some((t) => t.startsWith("nul") && t.includes("bell"))).toBe(true);
  });

  it("caps very long and very stacked labels", () => {
    const long = doc.querySelectorAll("text");
    for (const text of Array.from(long))
      expect(text.getElementsByTagName("tspan").length).toBeLessThanOrEqual(8);
    expect(unbroken.some((t) => /^x{100,}…$/.test(t))).toBe(true);
    expect(texts.some((t) => t === `a${"\u0301".repeat(4)}`)).toBe(true);
    expect(svg.length).toBeLessThan(200_000);
  });
});
