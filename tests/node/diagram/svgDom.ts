// Reading an exported SVG back as a user's program would: parsed as XML
// (image/svg+xml, so any well-formedness error shows as <parsererror>), its
// text gathered per <text> element, and everything that could run or reach
// outside the file listed.
import { expect } from "vitest";

export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.localName).toBe("svg");
  return doc;
}

/** Each <text> element's lines joined with spaces (how a wrapped title reads). */
export function textsOf(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName("text"), (text) => {
    const spans = Array.from(text.getElementsByTagName("tspan"));
    return spans.length > 0
      ? spans.map((s) => s.textContent ?? "").join(" ")
      : (text.textContent ?? "");
  });
}

/** What would make the file active or dependent on the outside world. */
export function activeContent(doc: Document, svg: string): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const name = el.localName.toLowerCase();
    if (
      [
        "script",
        "foreignobject",
        "iframe",
        "image",
        "use",
        "a",
        "style",
        "animate",
        "set",
        "marker",
      ].includes(name)
    ) {
      found.push(`<${name}>`);
    }
    for (const attr of Array.from(el.attributes)) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith("on")) found.push(`${attrName}=`);
      if (attrName === "href" || attrName.endsWith(":href")) found.push(`${attrName}=`);
      if (attrName === "class" || attrName === "style") found.push(`${attrName}=`);
      if (/url\(|javascript:/i.test(attr.value))
        found.push(`${attrName}=${attr.value.slice(0, 40)}`);
    }
  }
  if (/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i.test(svg)) found.push("doctype or stylesheet");
  return found;
}
