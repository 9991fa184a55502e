// Each scene link as one native line from its first point to its last, with
// PowerPoint's own arrowhead at the target's edge (the scene's points end at
// the arrow's tip). A line shape is stored as a box plus flips, so the
// direction is kept by flipping when the link runs right-to-left or upwards.
// Links with bends become one open custom path, so every link is one shape.
import type PptxGenJS from "pptxgenjs";
import type { Point } from "../../../domain/geometry";
import type { SceneLink } from "../../diagram";
import { hexColour } from "./colour";
import type { SlideFit } from "./fit";

const LINK_PX = 1.5;

function lineProps(link: SceneLink, colour: string, fit: SlideFit): PptxGenJS.ShapeLineProps {
  return {
    color: hexColour(colour),
    width: fit.stroke(LINK_PX),
    endArrowType: "triangle",
    dashType: link.dashed ? "dash" : "solid",
  };
}

export function addLinkLine(
  slide: PptxGenJS.Slide,
  link: SceneLink,
  colour: string,
  fit: SlideFit,
): void {
  const points: Point[] = link.points.map((p) => ({ x: fit.inchX(p.x), y: fit.inchY(p.y) }));
  if (points.length < 2) return;
  const left = Math.min(...points.map((p) => p.x));
  const top = Math.min(...points.map((p) => p.y));
  const w = Math.max(...points.map((p) => p.x)) - left;
  const h = Math.max(...points.map((p) => p.y)) - top;
  const line = lineProps(link, colour, fit);
  const objectName = "Link";
  if (points.length === 2) {
    const [from, to] = points;
    slide.addShape("line", {
      x: left,
      y: top,
      w,
      h,
      flipH: to.x < from.x,
      flipV: to.y < from.y,
      line,
      objectName,
    });
    return;
  }
  // The library draws custom paths but leaves "custGeom" out of its type.
  slide.addShape("custGeom" as PptxGenJS.SHAPE_NAME, {
    x: left,
    y: top,
    w,
    h,
    points: points.map((p, i) => ({ x: p.x - left, y: p.y - top, moveTo: i === 0 })),
    line,
    fill: { type: "none" },
    objectName,
  });
}
