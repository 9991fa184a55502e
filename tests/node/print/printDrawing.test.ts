// @vitest-environment jsdom
// Invariant: what the print view inlines is inert and complete. Whatever the
// SVG text holds, only drawing elements survive (no script, foreignObject,
// image, event handler or link out of the drawing); each page's copy looks
// through its own window (cropped below the drawing's title block), is sized in
// millimetres, has ids of its own, and shades exactly the strips it shares.
import { describe, expect, it } from "vitest";
import type { TocModel } from "../../../src/domain/model";
import { planPages } from "../../../src/io/print";
import { diagramForPrint } from "../../../src/io/print/diagramForPrint";
import { inertDiagram } from "../../../src/io/print/inertSvg";
import { pageSvg, pageView } from "../../../src/io/print/pageSvg";
import { blankToc } from "../../../src/templates";
import { templateModel } from "../helpers/templateModel";

const HOSTILE_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 400 300" onload="alert(1)">
  <script>alert(2)</script>
  <defs><marker id="arrow"><path d="M0 0L5 5"/></marker></defs>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
  <image href="https://example.org/a.png" width="5" height="5"/>
  <a href="javascript:alert(3)"><text x="1" y="1">link</text></a>
  <use xlink:href="https://example.org/x.svg#a"/>
  <use href="#arrow"/>
  <rect x="0" y="0" width="10" height="10" style="fill: url(https://example.org/p)" onclick="alert(4)"/>
  <line x1="0" y1="0" x2="10" y2="10" marker-end="url(#arrow)"/>
  <text x="5" y="20">&lt;script&gt;kept as text&lt;/script&gt;</text>
</svg>`;

function attributesEverywhere(root: Element): string[] {
  return [root, ...root.querySelectorAll("*")].flatMap((el) =>
    [...el.attributes].map((a) => `${a.name}=${a.value}`),
  );
}

describe("inertDiagram", () => {
  it("keeps the drawing and drops everything that could run or fetch", () => {
    const drawing = inertDiagram(HOSTILE_SVG);
    if (!drawing) throw new Error("refused a well-formed SVG");
    const root = drawing.root;
    expect(drawing.box).toEqual({ x: 0, y: 0, width: 400, height: 300 });
    expect(root.querySelectorAll("script, foreignObject, image, a, div")).toHaveLength(0);
    const attributes = attributesEverywhere(root);
    expect(attributes.filter((a) => /^on/i.test(a))).toEqual([]);
    // Namespace declarations name a URL but fetch nothing.
    const links = attributes.filter(
      (a) => !a.startsWith("xmlns") && /https?:|javascript:/i.test(a),
    );
    expect(links).toEqual([]);
    // What is only drawing stays, internal references included.
    expect(root.querySelector("line")?.getAttribute("marker-end")).toBe("url(#arrow)");
    expect(root.querySelectorAll("use")).toHaveLength(2);
    expect(root.querySelector('use[href="#arrow"]')).not.toBeNull();
    expect(root.textContent).toContain("<script>kept as text</script>");
  });

  it("refuses text that is not a sized SVG drawing", () => {
    expect(inertDiagram("<svg")).toBeNull();
    expect(inertDiagram("<html><body>no</body></html>")).toBeNull();
    expect(inertDiagram('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBeNull();
    expect(
      inertDiagram('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 NaN 5"/>'),
    ).toBeNull();
  });
});

describe("pageSvg", () => {
  const drawing = inertDiagram(HOSTILE_SVG);
  if (!drawing) throw new Error("refused a well-formed SVG");
  // Cropped 40 px from the top, as the print view crops the title block.
  const cropped = { ...drawing, box: { x: 0, y: 40, width: 400, height: 260 } };

  it("gives each page its own window, size in mm and ids", () => {
    const plan = planPages(cropped.box, { paper: "a4", orientation: "landscape", fit: "one-page" });
    const page = plan.pages[0];
    if (!page) throw new Error("no page");
    const svg = pageSvg(cropped, pageView(cropped.box, page, plan, "The diagram"));
    expect(svg.getAttribute("viewBox")).toBe("0 40 400 260");
    expect(svg.getAttribute("width")).toBe(`${page.size.width}mm`);
    expect(svg.getAttribute("aria-label")).toBe("The diagram");
    expect(svg.querySelector("marker")?.id).toBe("p1-arrow");
    expect(svg.querySelector("line")?.getAttribute("marker-end")).toBe("url(#p1-arrow)");
    expect(svg.querySelector('use[href="#p1-arrow"]')).not.toBeNull();
    expect(svg.querySelector(".print-overlap")).toBeNull();
    // The shared drawing is cloned, never moved or renamed.
    expect(cropped.root.querySelector("marker")?.id).toBe("arrow");
  });

  it("shades the strips a tile shares, and only those", () => {
    const plan = planPages(
      { width: 3000, height: 1200 },
      { paper: "a4", orientation: "landscape", fit: "tiles" },
    );
    const big = { ...drawing, box: { x: 0, y: 0, width: 3000, height: 1200 } };
    const strips = (n: number) => {
      const page = plan.pages[n - 1];
      if (!page) throw new Error("no page");
      const svg = pageSvg(big, pageView(big.box, page, plan, "part"));
      return svg.querySelectorAll(".print-overlap rect").length;
    };
    expect(strips(1)).toBe(2); // right and below
    expect(strips(5)).toBe(3); // above, left and right
    expect(strips(6)).toBe(2); // above and left
    const page2 = plan.pages[1];
    if (!page2) throw new Error("no page");
    const svg = pageSvg(big, pageView(big.box, page2, plan, "part"));
    const [x] = (svg.getAttribute("viewBox") ?? "").split(" ").map(Number);
    expect(x).toBeCloseTo(page2.viewBox.x, 6);
  });
});

describe("diagramForPrint", () => {
  it("inlines the real diagram with hostile titles as text and nothing executable", () => {
    const base = templateModel();
    const hostile = [
      "<img src=x onerror=alert(1)>",
      "</text><script>alert(1)</script>",
      ']]> & "q"',
    ];
    const model: TocModel = {
      ...base,
      meta: { ...base.meta, title: "<svg onload=alert(1)>" },
      elements: base.elements.map((e, i) =>
        i < hostile.length ? { ...e, title: hostile[i] ?? "" } : e,
      ),
    };
    const { drawingFor, legend, subtitle } = diagramForPrint(model, new Date(2026, 11, 3));
    const diagram = drawingFor(null);
    if (!diagram) throw new Error("no drawing");
    const root = diagram.root;
    expect(root.querySelectorAll("script, foreignObject, image, img, metadata")).toHaveLength(0);
    expect(attributesEverywhere(root).filter((a) => /^on/i.test(a))).toEqual([]);
    const text = root.textContent?.replace(/\s+/g, "") ?? "";
    for (const title of hostile) expect(text).toContain(title.replace(/\s+/g, ""));
    expect(subtitle).toBe("Theory of change · 3 December 2026");
    expect(legend.map((item) => item.kind)).toContain("outcome");
    // Cropped below the title block, so each sheet's header is the only title.
    expect(diagram.box.y).toBeGreaterThan(0);
    expect(diagram.box.height).toBeGreaterThan(0);
  });

  it("prints an empty theory of change as its empty stages, at a real size", () => {
    const drawing = diagramForPrint(templateModel(blankToc), new Date(2026, 11, 3));
    const box = drawing.box;
    if (!box) throw new Error("no drawing");
    expect(Number.isFinite(box.width) && box.width > 0).toBe(true);
    expect(Number.isFinite(box.height) && box.height > 0).toBe(true);
    expect(planPages(box).pages).toHaveLength(1);
    expect(drawing.drawingFor(null)?.root.textContent).toContain("Impact");
  });

  it("gives a tile only the elements that show through its window", () => {
    const model = templateModel();
    const drawing = diagramForPrint(model, new Date(2026, 11, 3));
    const box = drawing.box;
    if (!box) throw new Error("no drawing");
    const whole = drawing.drawingFor(null);
    const corner = drawing.drawingFor({
      x: box.x,
      y: box.y,
      width: box.width / 4,
      height: box.height / 4,
    });
    const shapes = (d: typeof whole) => d?.root.querySelectorAll("polygon, rect").length ?? 0;
    expect(shapes(corner)).toBeGreaterThan(0);
    expect(shapes(corner)).toBeLessThan(shapes(whole));
    // Every tile keeps the drawing's coordinates: the page window still applies.
    expect(corner?.box).toEqual(box);
  });
});
