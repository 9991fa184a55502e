// Turns the diagram's SVG text into a DOM tree that is safe to inline in the
// page. The renderer already escapes every label; this is the second line.
// Invariant: what comes out holds only drawing elements (ALLOWED_ELEMENTS), no
// event-handler attribute and no link that leaves the drawing (only "#id"), so
// nothing in it can run or fetch, whatever a label held.
import type { ViewBox } from "./index";

const SVG_NS = "http://www.w3.org/2000/svg";
const ALLOWED_ELEMENTS = new Set([
  "svg",
  "g",
  "defs",
  "title",
  "desc",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "path",
  "text",
  "tspan",
  "marker",
  "clipPath",
  "linearGradient",
  "radialGradient",
  "stop",
  "pattern",
  "symbol",
  "use",
]);
// A style attribute may not fetch anything: url() only to "#id".
const FETCHING_STYLE = /url\s*\(\s*['"]?\s*[^#'"\s]/i;

export interface InertDiagram {
  readonly root: SVGSVGElement;
  /** The diagram's own coordinate box (its viewBox, or 0 0 width height). */
  readonly box: ViewBox;
}

function makeInert(element: Element): void {
  for (const child of [...element.children]) {
    if (child.namespaceURI !== SVG_NS || !ALLOWED_ELEMENTS.has(child.localName)) child.remove();
    else makeInert(child);
  }
  for (const attribute of [...element.attributes]) {
    const name = attribute.localName.toLowerCase();
    const value = attribute.value.trim();
    const leaves = name === "href" && !value.startsWith("#");
    const fetches = FETCHING_STYLE.test(value);
    if (name.startsWith("on") || leaves || fetches) element.removeAttributeNode(attribute);
  }
}

function boxOf(root: Element): ViewBox | null {
  const numbers = (root.getAttribute("viewBox") ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (numbers.length === 4 && numbers.every(Number.isFinite)) {
    const [x, y, width, height] = numbers as [number, number, number, number];
    if (width > 0 && height > 0) return { x, y, width, height };
  }
  const width = Number.parseFloat(root.getAttribute("width") ?? "");
  const height = Number.parseFloat(root.getAttribute("height") ?? "");
  return width > 0 && height > 0 ? { x: 0, y: 0, width, height } : null;
}

/** null when the text is not a well-formed SVG drawing with a size. */
export function inertDiagram(svgText: string, doc: Document = document): InertDiagram | null {
  const parsed = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const source = parsed.documentElement;
  if (source.namespaceURI !== SVG_NS || source.localName !== "svg") return null;
  if (parsed.getElementsByTagName("parsererror").length > 0) return null;
  const box = boxOf(source);
  if (!box) return null;
  const root = doc.importNode(source, true) as unknown as SVGSVGElement;
  makeInert(root);
  return { root, box };
}
