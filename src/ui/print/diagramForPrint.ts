// TEMPORARY stand-in until the diagram renderer is merged: boxes with titles
// at each element's place, so the print view can be built and tested.

import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, toView } from "../../domain/geometry";
import type { ElementKind } from "../../domain/kinds";
import { KINDS } from "../../domain/kinds";
import type { TocModel } from "../../domain/model";
import { type InertDiagram, inertDiagram } from "./inertSvg";

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function diagramForPrint(
  model: TocModel,
  _now: Date,
): { diagram: InertDiagram | null; kinds: ElementKind[] } {
  const points = model.elements.map((e) => ({ e, p: toView(model.meta.framing, e.position) }));
  const minX = Math.min(0, ...points.map((x) => x.p.x)) - 40;
  const minY = Math.min(0, ...points.map((x) => x.p.y)) - 40;
  const maxX = Math.max(400, ...points.map((x) => x.p.x + NODE_WIDTH)) + 40;
  const maxY = Math.max(300, ...points.map((x) => x.p.y + NOMINAL_NODE_HEIGHT)) + 40;
  const boxes = points
    .map(
      ({ e, p }) =>
        `<g><rect x="${p.x - minX}" y="${p.y - minY}" width="${NODE_WIDTH}" height="${NOMINAL_NODE_HEIGHT}" fill="#e8f1fb" stroke="#005eb8"/><text x="${p.x - minX + 8}" y="${p.y - minY + 24}" font-size="14">${escapeXml(KINDS[e.kind].tag)}: ${escapeXml(e.title.slice(0, 24))}</text></g>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${maxX - minX} ${maxY - minY}" width="${maxX - minX}" height="${maxY - minY}"><title>${escapeXml(model.meta.title)}</title>${boxes}</svg>`;
  const kinds = [...new Set(model.elements.map((e) => e.kind))];
  return { diagram: inertDiagram(svg), kinds };
}
