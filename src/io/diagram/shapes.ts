// Each kind's outline as a polygon in pixels, the same shapes the canvas draws
// (canvas/NodeShape.tsx: polygons in a 100×100 box stretched to the node; the
// box shapes get rounded corners). Links are clipped to these outlines, and
// renderers draw them, so an arrow always ends on the line it points at.
import type { Point } from "../../domain/geometry";
import type { ElementKind, KindInfo } from "../../domain/kinds";
import type { Box } from "./types";

type Shape = KindInfo["shape"];

const POLYGONS: Partial<Record<Shape, readonly (readonly [number, number])[]>> = {
  hexagon: [
    [6, 0],
    [94, 0],
    [100, 50],
    [94, 100],
    [6, 100],
    [0, 50],
  ],
  parallelogram: [
    [5, 0],
    [100, 0],
    [95, 100],
    [0, 100],
  ],
  diamond: [
    [8, 0],
    [92, 0],
    [100, 50],
    [92, 100],
    [8, 100],
    [0, 50],
  ],
  folded: [
    [0, 0],
    [88, 0],
    [100, 22],
    [100, 100],
    [0, 100],
  ],
};

/** The outline, clockwise from the top left. Box shapes give their bounding rectangle. */
export function outlineOf(shape: Shape, box: Box): Point[] {
  const unit = POLYGONS[shape] ?? [
    [0, 0],
    [100, 0],
    [100, 100],
    [0, 100],
  ];
  return unit.map(([u, v]) => ({
    x: box.x + (u / 100) * box.width,
    y: box.y + (v / 100) * box.height,
  }));
}

/** The folded note's corner crease, as a polyline (empty for other shapes). */
export function foldOf(shape: Shape, box: Box): Point[] {
  if (shape !== "folded") return [];
  const x = box.x + 0.88 * box.width;
  const y = box.y + 0.22 * box.height;
  return [
    { x, y: box.y },
    { x, y },
    { x: box.x + box.width, y },
  ];
}

export function cornerRadiusOf(shape: Shape, box: Box): number {
  if (shape === "pill") return Math.min(box.height / 2, 28);
  if (shape === "rounded") return 14;
  if (shape === "rectangle") return 2;
  return 0;
}

/** Horizontal room between the outline's bounding box and the text (canvas padding). */
export const TEXT_INSET: Readonly<Record<ElementKind, number>> = {
  impact: 22,
  outcome: 14,
  output: 14,
  activity: 20,
  input: 24,
  assumption: 24,
  note: 14,
};
