// The opening slide: the document's title, "Theory of change", the date and
// the framing the diagram is drawn in.
import type PptxGenJS from "pptxgenjs";
import type { Report } from "../report";
import { ACCENT_COLOUR, CONTENT_WIDTH, MARGIN, MUTED_COLOUR, TEXT_COLOUR, TYPEFACE } from "./deck";
import { slideText } from "./text";

const TITLE_TEXT = 300;

export function addTitleSlide(pptx: PptxGenJS, report: Report): void {
  const slide = pptx.addSlide();
  slide.addShape("rect", {
    x: 0,
    y: 0,
    w: 0.25,
    h: 7.5,
    fill: { color: ACCENT_COLOUR },
    line: { type: "none" },
    objectName: "Accent bar",
  });
  slide.addText(slideText(report.title, TITLE_TEXT), {
    x: MARGIN + 0.3,
    y: 1.6,
    w: CONTENT_WIDTH - 0.3,
    h: 2.2,
    ...TYPEFACE,
    fontSize: 40,
    bold: true,
    color: TEXT_COLOUR,
    valign: "bottom",
    fit: "shrink",
    objectName: "Title",
  });
  const details: PptxGenJS.TextProps[] = [
    { text: "Theory of change", options: { fontSize: 24, color: ACCENT_COLOUR, breakLine: true } },
    { text: slideText(report.date), options: { breakLine: true } },
    { text: `Drawn as: ${slideText(report.framingLabel)}`, options: { breakLine: true } },
    { text: "Made with ToC Studio" },
  ];
  slide.addText(details, {
    x: MARGIN + 0.3,
    y: 4.0,
    w: CONTENT_WIDTH - 0.3,
    h: 2.2,
    ...TYPEFACE,
    fontSize: 18,
    color: MUTED_COLOUR,
    valign: "top",
    paraSpaceAfter: 6,
    objectName: "Subtitle",
  });
}
