// renderSvg: a DiagramScene as a standalone SVG 1.1 file that browsers,
// Inkscape, LibreOffice and Office open alike. Invariant: the output is
// well-formed XML whatever the labels hold, and inert — no script,
// foreignObject, event attributes, CSS classes, markers or references outside
// the file; every label stays real text (<text>/<tspan>), escaped.
import type { Point } from "../../../domain/geometry";
import { PALETTE } from "../../../domain/palette";
import { baselineOf, CEILING, LINK, NODE } from "../metrics";
import { foldOf } from "../shapes";
import type { DiagramScene, SceneLegendItem, SceneNode, TextBlock } from "../types";
import { embedText } from "./embed";
import { escapeXml as esc, num } from "./xml";

export const SVG_FONT_FAMILY = 'Arial, Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif';

export interface SvgOptions {
  /** The *.toc.json text to carry inside the picture. */
  embed?: string;
  /** White (the default) or nothing behind the drawing. */
  background?: "white" | "transparent";
}

function text(block: TextBlock): string {
  if (block.lines.length === 0) return "";
  const middle = block.align === "middle";
  const x = num(middle ? block.x + block.width / 2 : block.x);
  const spans = block.lines
    .map((line, i) => `<tspan x="${x}" y="${num(baselineOf(block, i))}">${esc(line)}</tspan>`)
    .join("");
  const weight = block.bold ? ' font-weight="bold"' : "";
  const anchor = middle ? ' text-anchor="middle"' : "";
  return `<text font-size="${num(block.fontSize)}" fill="${block.colour}"${weight}${anchor}>${spans}</text>`;
}

const points = (list: readonly Point[]) => list.map((p) => `${num(p.x)},${num(p.y)}`).join(" ");

function shape(item: SceneNode | SceneLegendItem, strokeWidth: number): string {
  const box = "swatch" in item ? item.swatch : item;
  const paint = `fill="${item.fill}" stroke="${item.stroke}" stroke-width="${strokeWidth}"`;
  if (item.cornerRadius > 0) {
    const r = num(item.cornerRadius);
    return `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="${r}" ry="${r}" ${paint}/>`;
  }
  const fold = foldOf(item.shape, box);
  const crease = fold.length
    ? `<polyline points="${points(fold)}" fill="none" stroke="${item.stroke}" stroke-width="${strokeWidth}"/>`
    : "";
  return `<polygon points="${points(item.outline)}" ${paint} stroke-linejoin="round"/>${crease}`;
}

function node(n: SceneNode): string {
  return `<g>${shape(n, NODE.strokeWidth)}${text(n.tagText)}${text(n.titleText)}</g>`;
}

function links(scene: DiagramScene): string {
  return scene.links
    .map((l) => {
      const start = l.points[0];
      // The line stops at the arrow's base, so its end never blunts the tip.
      const base = {
        x: (l.arrow.left.x + l.arrow.right.x) / 2,
        y: (l.arrow.left.y + l.arrow.right.y) / 2,
      };
      const path = [start, ...l.points.slice(1, -1), base];
      const dash = l.dashed ? ` stroke-dasharray="${LINK.dash}"` : "";
      return `<g><polyline points="${points(path)}" fill="none" stroke="${PALETTE.link}" stroke-width="${LINK.strokeWidth}"${dash}/><polygon points="${points([l.arrow.tip, l.arrow.left, l.arrow.right])}" fill="${PALETTE.link}" stroke="none"/></g>`;
    })
    .join("\n");
}

function ceiling(scene: DiagramScene): { line: string; label: string } {
  const c = scene.ceiling;
  if (!c) return { line: "", label: "" };
  const stroke = `stroke="${PALETTE.ceiling}" stroke-width="${CEILING.strokeWidth}" stroke-dasharray="${CEILING.dash}"`;
  const line = `<line x1="${num(c.x1)}" y1="${num(c.y1)}" x2="${num(c.x2)}" y2="${num(c.y2)}" ${stroke}/>`;
  const t = c.labelText;
  const box = `<rect x="${num(t.x - 4)}" y="${num(t.y - 2)}" width="${num(t.width + 8)}" height="${num(t.height + 4)}" rx="4" ry="4" fill="${PALETTE.background}" stroke="${PALETTE.ceiling}" stroke-width="1.5"/>`;
  const key = c.key
    ? `<line x1="${num(c.key.x1)}" y1="${num(c.key.y1)}" x2="${num(c.key.x2)}" y2="${num(c.key.y2)}" ${stroke}/>${text(c.key.text)}`
    : "";
  return { line, label: `${box}${text(t)}${key}` };
}

export function renderSvg(scene: DiagramScene, options: SvgOptions = {}): string {
  const { width, height } = scene;
  const c = ceiling(scene);
  const background =
    options.background === "transparent"
      ? ""
      : `<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="${PALETTE.background}"/>`;
  const bands = scene.bands
    .map(
      (b) =>
        `<g><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" fill="${b.fill}" stroke="${b.stroke}" stroke-width="1" stroke-dasharray="4 3"/>${text(b.label)}</g>`,
    )
    .join("\n");
  const legend = scene.legend
    .map((item) => `<g>${shape(item, 1.5)}${text(item.text)}</g>`)
    .join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width)}px" height="${num(height)}px" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="diagram-title diagram-desc">`,
    `<title id="diagram-title">${esc(scene.title)}</title>`,
    `<desc id="diagram-desc">${esc(scene.description)}</desc>`,
    options.embed === undefined ? "" : `<metadata>${embedText(options.embed)}</metadata>`,
    `<g font-family="${esc(SVG_FONT_FAMILY)}">`,
    background,
    `<g>${text(scene.titleText)}${text(scene.subtitleText)}</g>`,
    `<g>${bands}</g>`,
    `<g>${c.line}</g>`,
    `<g>${links(scene)}</g>`,
    `<g>${scene.nodes.map(node).join("\n")}</g>`,
    `<g>${c.label}</g>`,
    `<g>${legend}</g>`,
    "</g>",
    "</svg>",
    "",
  ]
    .filter((part) => part !== "")
    .join("\n");
}
