// The part of a diagram scene one printed tile needs. A large theory of change
// cut into many tiles would otherwise copy every element onto every sheet
// (2,000 elements on 55 tiles took minutes to lay out and failed to print).
// Invariant: every element and link that can show through the window, even by
// a stroke or an arrowhead, is kept; bands and the ceiling line are cut to the
// window plus a margin (their dashed outlines, tens of thousands of dashes on a
// wide drawing, made each tile's PDF page megabytes), so their cut ends lie
// outside the window; the title and the key are kept; nothing is moved.
import type { Box, DiagramScene } from "../diagram";
import { unionOf } from "../diagram/box";
import type { ViewBox } from "./types";

// Room for strokes and arrowheads drawn just outside a shape's box.
const PAD = 8;

function overlaps(a: Box, window: ViewBox): boolean {
  return (
    a.x <= window.x + window.width + PAD &&
    a.x + a.width >= window.x - PAD &&
    a.y <= window.y + window.height + PAD &&
    a.y + a.height >= window.y - PAD
  );
}

function clamp(value: number, from: number, to: number): number {
  return Math.min(to, Math.max(from, value));
}

/** The part of `box` inside the window grown by 2 × PAD (so its cut edges stay out of sight). */
function cut<T extends Box>(box: T, window: ViewBox): T {
  const left = window.x - 2 * PAD;
  const top = window.y - 2 * PAD;
  const right = window.x + window.width + 2 * PAD;
  const bottom = window.y + window.height + 2 * PAD;
  const x = clamp(box.x, left, right);
  const y = clamp(box.y, top, bottom);
  return {
    ...box,
    x,
    y,
    width: clamp(box.x + box.width, left, right) - x,
    height: clamp(box.y + box.height, top, bottom) - y,
  };
}

function cutCeiling(ceiling: DiagramScene["ceiling"], window: ViewBox): DiagramScene["ceiling"] {
  if (!ceiling) return null;
  const ends = cut(
    {
      x: Math.min(ceiling.x1, ceiling.x2),
      y: Math.min(ceiling.y1, ceiling.y2),
      width: Math.abs(ceiling.x2 - ceiling.x1),
      height: Math.abs(ceiling.y2 - ceiling.y1),
    },
    window,
  );
  // The line runs along one axis (across the stages), so its box is the line.
  return { ...ceiling, x1: ends.x, y1: ends.y, x2: ends.x + ends.width, y2: ends.y + ends.height };
}

export function windowScene(scene: DiagramScene, window: ViewBox): DiagramScene {
  return {
    ...scene,
    bands: scene.bands.map((band) => cut(band, window)),
    ceiling: cutCeiling(scene.ceiling, window),
    nodes: scene.nodes.filter((node) => overlaps(node, window)),
    links: scene.links.filter((link) => {
      const { tip, left, right } = link.arrow;
      return overlaps(
        unionOf([...link.points, tip, left, right].map((p) => ({ ...p, width: 0, height: 0 }))),
        window,
      );
    }),
  };
}
