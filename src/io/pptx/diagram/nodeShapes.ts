// Each scene node as a native PowerPoint shape that matches its kind (never
// colour alone: the shape differs and the written tag line — kind, "contributes
// to", status — sits above the title inside it), with the kind's fill and
// outline. The text stays editable in PowerPoint and moves with its shape.
import type PptxGenJS from "pptxgenjs";
import type { SceneNode } from "../../diagram";
import { TYPEFACE } from "../deck";
import { slideText } from "../text";
import { hexColour } from "./colour";
import type { SlideFit } from "./fit";

type Shape = SceneNode["shape"];

/**
 * Kind shape → PowerPoint preset geometry. The library's own name for the
 * folded corner ("folderCorner") is not an OOXML preset and PowerPoint would
 * repair the file, so the real preset name is passed through instead.
 */
export const PRESET_SHAPES: Record<Shape, PptxGenJS.SHAPE_NAME> = {
  hexagon: "hexagon",
  rounded: "roundRect",
  rectangle: "rect",
  parallelogram: "parallelogram",
  pill: "flowChartTerminator",
  diamond: "diamond",
  folded: "foldedCorner" as PptxGenJS.SHAPE_NAME,
};

const NAME_TEXT = 120;
const OUTLINE_PX = 1.5;

function textRuns(node: SceneNode, fit: SlideFit): PptxGenJS.TextProps[] {
  const tag = slideText(node.tagText.lines.join(" ") || node.tag);
  const runs: PptxGenJS.TextProps[] = [
    {
      text: tag,
      options: {
        fontSize: fit.points(node.tagText.fontSize),
        color: hexColour(node.tagText.colour),
        bold: node.tagText.bold,
        breakLine: true,
      },
    },
  ];
  node.titleText.lines.forEach((line, i) => {
    runs.push({
      text: slideText(line),
      options: {
        fontSize: fit.points(node.titleText.fontSize),
        color: hexColour(node.titleText.colour),
        bold: node.titleText.bold,
        breakLine: i < node.titleText.lines.length - 1,
      },
    });
  });
  return runs;
}

/**
 * Adds the node; returns false when the diagram is too large for its title to
 * be set at PowerPoint's smallest size, in which case the shape is drawn
 * without text (clamped 1 pt text would spill far outside it) and is still
 * named with its kind and title.
 */
export function addNodeShape(slide: PptxGenJS.Slide, node: SceneNode, fit: SlideFit): boolean {
  const shape = PRESET_SHAPES[node.shape] ?? "rect";
  const frame = {
    x: fit.inchX(node.x),
    y: fit.inchY(node.y),
    w: fit.inches(node.width),
    h: fit.inches(node.height),
    fill: { color: hexColour(node.fill, "FFFFFF") },
    line: { color: hexColour(node.stroke), width: fit.stroke(OUTLINE_PX) },
    rectRadius: node.shape === "rounded" ? fit.inches(node.cornerRadius) : undefined,
    objectName: slideText(`${node.tag}: ${node.lines.join(" ")}`, NAME_TEXT),
  };
  if (!fit.fitsText(node.titleText.fontSize)) {
    slide.addShape(shape, frame);
    return false;
  }
  const inset = fit.points(4);
  slide.addText(textRuns(node, fit), {
    ...frame,
    shape,
    ...TYPEFACE,
    align: "center",
    valign: "middle",
    // The scene already broke the title into lines that fit inside the
    // outline; PowerPoint's own text frame for a parallelogram, hexagon or
    // diamond is narrower and would break them again.
    wrap: false,
    margin: [inset, inset, inset, inset],
  });
  return true;
}
