// Links as straight lines from the source's outline to the target's outline,
// along the line between their centres, with the arrowhead as a filled
// triangle whose tip touches the target (no SVG markers: Office and
// LibreOffice draw them unreliably). Links between overlapping elements have
// no visible stretch to draw and are left out.
import type { Point } from "../../domain/geometry";
import type { TocLink } from "../../domain/model";
import { LINK } from "./metrics";
import type { SceneLink, SceneNode } from "./types";

const centre = (n: SceneNode): Point => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/**
 * How far along `dir` (as a fraction of it) a ray from `from`, inside the convex
 * outline, leaves it. Infinity if it never does (a degenerate outline).
 */
function exitFraction(outline: readonly Point[], from: Point, dir: Point): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < outline.length; i++) {
    const a = outline[i];
    const b = outline[(i + 1) % outline.length];
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const denom = dir.x * ey - dir.y * ex;
    if (Math.abs(denom) < 1e-9) continue;
    const ax = a.x - from.x;
    const ay = a.y - from.y;
    const t = (ax * ey - ay * ex) / denom;
    const u = (ax * dir.y - ay * dir.x) / denom;
    if (t > 0 && u >= -1e-9 && u <= 1 + 1e-9 && t < best) best = t;
  }
  return best;
}

export function sceneLink(
  link: TocLink,
  source: SceneNode,
  target: SceneNode,
  dashed: boolean,
): SceneLink | null {
  if (source === target) return null;
  const from = centre(source);
  const to = centre(target);
  const dir = { x: to.x - from.x, y: to.y - from.y };
  const length = Math.hypot(dir.x, dir.y);
  if (length < 1) return null;
  const leave = exitFraction(source.outline, from, dir);
  const enter = exitFraction(target.outline, to, { x: -dir.x, y: -dir.y });
  const visible = (1 - leave - enter) * length;
  if (!Number.isFinite(visible) || visible < LINK.arrowLength + 2) return null;
  const start = { x: from.x + dir.x * leave, y: from.y + dir.y * leave };
  const tip = { x: to.x - dir.x * enter, y: to.y - dir.y * enter };
  const ux = dir.x / length;
  const uy = dir.y / length;
  const base = { x: tip.x - ux * LINK.arrowLength, y: tip.y - uy * LINK.arrowLength };
  const w = LINK.arrowHalfWidth;
  return {
    id: link.id,
    source: link.source,
    target: link.target,
    points: [start, tip],
    arrow: {
      tip,
      left: { x: base.x - uy * w, y: base.y + ux * w },
      right: { x: base.x + uy * w, y: base.y - ux * w },
    },
    dashed,
  };
}
