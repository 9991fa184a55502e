// Stands in for the pathway slides when the document has nothing to narrate
// yet, so the deck says so in words instead of silently skipping a section.
import type PptxGenJS from "pptxgenjs";
import type { Report } from "../report";
import {
  addSlideTitle,
  BODY_PT,
  CONTENT_BOTTOM,
  CONTENT_TOP,
  CONTENT_WIDTH,
  MARGIN,
  TEXT_COLOUR,
  TYPEFACE,
} from "./deck";
import { slideText } from "./text";

export function addOverviewSlide(pptx: PptxGenJS, report: Report): void {
  const slide = pptx.addSlide();
  addSlideTitle(slide, "Pathways");
  const paragraphs = report.overview.map((text) => ({
    text: slideText(text),
    options: { breakLine: true, paraSpaceAfter: 8 },
  }));
  slide.addText(paragraphs, {
    x: MARGIN,
    y: CONTENT_TOP,
    w: CONTENT_WIDTH,
    h: CONTENT_BOTTOM - CONTENT_TOP,
    ...TYPEFACE,
    fontSize: BODY_PT,
    color: TEXT_COLOUR,
    valign: "top",
    objectName: "Overview",
  });
}
