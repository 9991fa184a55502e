// Links as straight lines from the source's outline to the target's outline
// (from handle side to handle side, as on the canvas, or centre to centre),
// with the arrowhead as a filled triangle whose tip touches the target (no
// SVG markers: Office and LibreOffice draw them unreliably). Links between
// overlapping elements have no visible stretch to draw and are left out.
import type { Point } from "../../domain/geometry";
import type { TocLink } from "../../domain/model";
import type { FramingId } from "../../domain/stages";
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

/** Where a ray from the node's centre along `dir` leaves its outline. */
function onOutline(node: SceneNode, dir: Point): Point {
  const from = centre(node);
  const t = exitFraction(node.outline, from, dir);
  return Number.isFinite(t) ? { x: from.x + dir.x * t, y: from.y + dir.y * t } : from;
}

const clamp = (n: number, limit: number) => Math.max(-limit, Math.min(limit, n));

/**
 * The canvas's handles: a link leaves its source on the side facing later
 * stages (top in the theory of change, right in the logic model) and enters
 * its target on the opposite side, so a link to the next stage crosses only
 * the gap between them. Each end slides along its side toward the other node,
 * so links arriving at one element do not all meet in a single point.
 * null when the target is not ahead of the source (then centre to centre).
 */
function handleEnds(
  source: SceneNode,
  target: SceneNode,
  framing: FramingId,
): [Point, Point] | null {
  const s = centre(source);
  const t = centre(target);
  const gap = LINK.arrowLength + 4;
  if (framing === "logic") {
    if (target.x < source.x + source.width + gap) return null;
    const slide = (t.y - s.y) / 4;
    return [
      onOutline(source, { x: source.width / 2, y: clamp(slide, source.height * 0.3) }),
      onOutline(target, { x: -target.width / 2, y: clamp(-slide, target.height * 0.3) }),
    ];
  }
  if (target.y + target.height > source.y - gap) return null;
  const slide = (t.x - s.x) / 4;
  return [
    onOutline(source, { x: clamp(slide, source.width * 0.35), y: -source.height / 2 }),
    onOutline(target, { x: clamp(-slide, target.width * 0.35), y: target.height / 2 }),
  ];
}

/**
 * Handle to handle only while the line still runs mostly along the stages: a
 * line squeezed flat into the narrow gap between two rows would hide its
 * arrowhead and run along its neighbours.
 */
function steepEnough([a, b]: [Point, Point], framing: FramingId): boolean {
  const along = framing === "logic" ? Math.abs(b.x - a.x) : Math.abs(b.y - a.y);
  const across = framing === "logic" ? Math.abs(b.y - a.y) : Math.abs(b.x - a.x);
  return along >= 0.25 * across;
}

/** Centre to centre, cut at both outlines; null when the nodes overlap. */
function centreEnds(source: SceneNode, target: SceneNode): [Point, Point] | null {
  const from = centre(source);
  const to = centre(target);
  const dir = { x: to.x - from.x, y: to.y - from.y };
  const length = Math.hypot(dir.x, dir.y);
  if (length < 1) return null;
  const leave = exitFraction(source.outline, from, dir);
  const enter = exitFraction(target.outline, to, { x: -dir.x, y: -dir.y });
  const visible = (1 - leave - enter) * length;
  if (!Number.isFinite(visible) || visible < LINK.arrowLength + 2) return null;
  return [
    { x: from.x + dir.x * leave, y: from.y + dir.y * leave },
    { x: to.x - dir.x * enter, y: to.y - dir.y * enter },
  ];
}

export function sceneLink(
  link: TocLink,
  source: SceneNode,
  target: SceneNode,
  framing: FramingId,
  dashed: boolean,
): SceneLink | null {
  if (source === target) return null;
  const handles = handleEnds(source, target, framing);
  const ends = handles && steepEnough(handles, framing) ? handles : centreEnds(source, target);
  if (!ends) return null;
  const [start, tip] = ends;
  const length = Math.hypot(tip.x - start.x, tip.y - start.y);
  if (length < LINK.arrowLength + 2) return null;
  const ux = (tip.x - start.x) / length;
  const uy = (tip.y - start.y) / length;
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
