// The diagram slide, drawn from the same scene as the SVG export but with
// native shapes, so people can move, restyle and reword it in PowerPoint:
// stage bands as light rectangles with their names, links as arrowed lines,
// elements as shapes matching their kind, the accountability ceiling as a
// dashed line with its label, and a legend of kinds at a fixed readable size.
// pptxgenjs writes alt text only for pictures and charts, so the scene's
// description (with the overview and the ceiling sentence) goes in the
// speaker notes and every shape is named ("Outcome: …") in the selection pane.
import type PptxGenJS from "pptxgenjs";
import { PALETTE } from "../../../domain/palette";
import type { DiagramScene, SceneBand, SceneCeiling, TextBlock } from "../../diagram";
import type { Report } from "../../report";
import {
  addBodyText,
  addSlideTitle,
  CONTENT_TOP,
  CONTENT_WIDTH,
  MARGIN,
  MUTED_COLOUR,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  SMALL_PT,
  TYPEFACE,
} from "../deck";
import { MAX_NOTES_TEXT, slideText } from "../text";
import { hexColour } from "./colour";
import { fitScene, type SlideFit } from "./fit";
import { addLegend, LEGEND_HEIGHT } from "./legend";
import { addLinkLine } from "./linkLines";
import { addNodeShape } from "./nodeShapes";

const AREA_TOP = CONTENT_TOP - 0.1;
const AREA_BOTTOM = SLIDE_HEIGHT - LEGEND_HEIGHT - 0.15;

function addTextBlock(slide: PptxGenJS.Slide, block: TextBlock, fit: SlideFit, name: string): void {
  slide.addText(slideText(block.lines.join(" ")), {
    x: fit.inchX(block.x),
    y: fit.inchY(block.y),
    w: fit.inches(block.width),
    h: fit.inches(block.height),
    ...TYPEFACE,
    fontSize: fit.points(block.fontSize),
    bold: block.bold,
    color: hexColour(block.colour),
    align: block.align === "middle" ? "center" : "left",
    valign: "top",
    margin: 0,
    objectName: name,
  });
}

function addBand(slide: PptxGenJS.Slide, band: SceneBand, fit: SlideFit): void {
  slide.addShape("rect", {
    x: fit.inchX(band.x),
    y: fit.inchY(band.y),
    w: fit.inches(band.width),
    h: fit.inches(band.height),
    fill: { color: hexColour(band.fill, "F7F9FA") },
    line: { color: hexColour(band.stroke, "C3CCD2"), width: 0.5 },
    objectName: slideText(`Stage: ${band.name}`),
  });
  addTextBlock(slide, band.label, fit, slideText(`Stage name: ${band.name}`));
}

function addCeiling(slide: PptxGenJS.Slide, ceiling: SceneCeiling, fit: SlideFit): void {
  const [x1, y1, x2, y2] = [
    fit.inchX(ceiling.x1),
    fit.inchY(ceiling.y1),
    fit.inchX(ceiling.x2),
    fit.inchY(ceiling.y2),
  ];
  slide.addShape("line", {
    x: Math.min(x1, x2),
    y: Math.min(y1, y2),
    w: Math.abs(x2 - x1),
    h: Math.abs(y2 - y1),
    line: { color: hexColour(PALETTE.ceiling), width: 1.5, dashType: "dash" },
    objectName: "Accountability ceiling",
  });
  addTextBlock(slide, ceiling.labelText, fit, "Accountability ceiling label");
}

export const TOO_LARGE_NOTE =
  "Too many elements to label on one slide: each shape is named in the selection pane, and the following slides list every element.";

function addTooLargeNote(slide: PptxGenJS.Slide): void {
  slide.addText(TOO_LARGE_NOTE, {
    x: SLIDE_WIDTH / 2,
    y: 0.3,
    w: SLIDE_WIDTH / 2 - MARGIN,
    h: 0.8,
    ...TYPEFACE,
    fontSize: SMALL_PT,
    color: MUTED_COLOUR,
    align: "right",
    valign: "middle",
    objectName: "Note: diagram too large to label",
  });
}

/** The speaker notes: what the diagram shows in words, and the ceiling if set. */
function diagramNotes(scene: DiagramScene, report: Report): string {
  const parts = [scene.description, ...report.overview, report.ceiling ?? ""].filter(Boolean);
  return slideText(parts.join("\n\n"), MAX_NOTES_TEXT, false);
}

export function addDiagramSlide(pptx: PptxGenJS, scene: DiagramScene, report: Report): void {
  const slide = pptx.addSlide();
  addSlideTitle(slide, slideText(report.framingLabel));
  const fit = fitScene(scene, {
    x: MARGIN,
    y: AREA_TOP,
    w: CONTENT_WIDTH,
    h: AREA_BOTTOM - AREA_TOP,
  });
  for (const band of scene.bands) addBand(slide, band, fit);
  for (const link of scene.links) addLinkLine(slide, link, PALETTE.link, fit);
  let unlabelled = 0;
  for (const node of scene.nodes) if (!addNodeShape(slide, node, fit)) unlabelled += 1;
  if (unlabelled > 0) addTooLargeNote(slide);
  if (scene.ceiling) addCeiling(slide, scene.ceiling, fit);
  addLegend(slide, scene.legend, SLIDE_HEIGHT - LEGEND_HEIGHT - 0.1);
  if (scene.nodes.length === 0) {
    addBodyText(slide, "No elements yet.", { h: 0.5, objectName: "Empty diagram" });
  }
  slide.addNotes(diagramNotes(scene, report));
}
