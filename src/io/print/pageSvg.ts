// One printed page's copy of the diagram: the whole drawing cloned, looking
// through the page's window (its viewBox), sized in millimetres so the browser
// prints it as vectors with real, selectable text. Tiles get a shaded strip
// with a dashed cut line where they repeat their neighbour.
// Invariant: ids are made unique per page (and every reference to them
// follows), so markers and clip paths never point into another page.
import type { PlannedPage, ViewBox } from "./index";
import type { InertDiagram } from "./inertSvg";

export interface PageView {
  readonly page: PlannedPage;
  /** The page's window in the drawing's own coordinates (its viewBox may not start at 0). */
  readonly window: ViewBox;
  readonly mmPerPixel: number;
  readonly tiled: boolean;
  /** Accessible name of this page's drawing. */
  readonly description: string;
}

export function pageView(
  /** The printed area of the drawing, in its own coordinates. */
  box: ViewBox,
  page: PlannedPage,
  plan: { mmPerPixel: number; fit: string },
  description: string,
): PageView {
  const { x, y, width, height } = page.viewBox;
  return {
    page,
    window: { x: box.x + x, y: box.y + y, width, height },
    mmPerPixel: plan.mmPerPixel,
    tiled: plan.fit === "tiles",
    description,
  };
}

const SVG_NS = "http://www.w3.org/2000/svg";
const ID_REFERENCE = /url\(\s*#([^)\s]+)\s*\)/g;

function prefixIds(root: Element, prefix: string): void {
  const all = [root, ...root.querySelectorAll("*")];
  for (const element of all) {
    if (element.id) element.id = prefix + element.id;
    for (const attribute of [...element.attributes]) {
      if (attribute.localName === "href" && attribute.value.startsWith("#")) {
        attribute.value = `#${prefix}${attribute.value.slice(1)}`;
      } else if (attribute.value.includes("url(")) {
        attribute.value = attribute.value.replace(ID_REFERENCE, (_, id) => `url(#${prefix}${id})`);
      }
    }
  }
}

function shape(doc: Document, name: string, attributes: Record<string, string | number>): Element {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Shaded strips over the parts this tile shares with its neighbours, each with its cut line. */
function overlapMarks(doc: Document, view: PageView): Element {
  const { x, y, width, height } = view.window;
  const { top, right, bottom, left } = view.page.overlap;
  const marks = shape(doc, "g", { "aria-hidden": "true", class: "print-overlap" });
  const strip = (sx: number, sy: number, sw: number, sh: number, line: number[]) => {
    marks.append(
      shape(doc, "rect", {
        x: sx,
        y: sy,
        width: sw,
        height: sh,
        fill: "#5b6770",
        "fill-opacity": 0.12,
      }),
    );
    const [x1, y1, x2, y2] = line;
    marks.append(
      shape(doc, "line", {
        x1: x1 ?? 0,
        y1: y1 ?? 0,
        x2: x2 ?? 0,
        y2: y2 ?? 0,
        stroke: "#212b32",
        // 0.3 mm line, 2 mm dashes, whatever the scale.
        "stroke-width": 0.3 / view.mmPerPixel,
        "stroke-dasharray": `${2 / view.mmPerPixel} ${1.5 / view.mmPerPixel}`,
      }),
    );
  };
  if (left > 0) strip(x, y, left, height, [x + left, y, x + left, y + height]);
  if (right > 0)
    strip(x + width - right, y, right, height, [
      x + width - right,
      y,
      x + width - right,
      y + height,
    ]);
  if (top > 0) strip(x, y, width, top, [x, y + top, x + width, y + top]);
  if (bottom > 0)
    strip(x, y + height - bottom, width, bottom, [
      x,
      y + height - bottom,
      x + width,
      y + height - bottom,
    ]);
  return marks;
}

export function pageSvg(
  diagram: InertDiagram,
  view: PageView,
  doc: Document = document,
): SVGSVGElement {
  const svg = diagram.root.cloneNode(true) as SVGSVGElement;
  prefixIds(svg, `p${view.page.number}-`);
  const { x, y, width, height } = view.window;
  svg.setAttribute("viewBox", `${x} ${y} ${width} ${height}`);
  svg.setAttribute("width", `${view.page.size.width}mm`);
  svg.setAttribute("height", `${view.page.size.height}mm`);
  svg.setAttribute("preserveAspectRatio", view.tiled ? "xMinYMin meet" : "xMidYMid meet");
  svg.setAttribute("role", "img");
  // Its own labelledby points at ids now renamed: the page names it instead.
  svg.removeAttribute("aria-labelledby");
  svg.setAttribute("aria-label", view.description);
  if (view.tiled) svg.append(overlapMarks(doc, view));
  return svg;
}
