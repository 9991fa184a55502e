// Each scene link as one native line from its first point to its last, with
// PowerPoint's own arrowhead at the target's edge (the scene's points end at
// the arrow's tip). A line shape is stored as a box plus flips, so the
// direction is kept by flipping when the link runs right-to-left or upwards.
import type PptxGenJS from "pptxgenjs";
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
  const first = link.points[0];
  const last = link.points[link.points.length - 1];
  if (!first || link.points.length < 2) return;
  const from = { x: fit.inchX(first.x), y: fit.inchY(first.y) };
  const to = { x: fit.inchX(last.x), y: fit.inchY(last.y) };
  slide.addShape("line", {
    x: Math.min(from.x, to.x),
    y: Math.min(from.y, to.y),
    w: Math.abs(to.x - from.x),
    h: Math.abs(to.y - from.y),
    flipH: to.x < from.x,
    flipV: to.y < from.y,
    line: lineProps(link, colour, fit),
    objectName: "Link",
  });
}
