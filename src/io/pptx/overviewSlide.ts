// Stands in for the pathway slides when the document has nothing to narrate
// yet, so the deck says so in words instead of silently skipping a section.
import type PptxGenJS from "pptxgenjs";
import type { Report } from "../report";
import { addBodyText, addSlideTitle } from "./deck";
import { slideText } from "./text";

export function addOverviewSlide(pptx: PptxGenJS, report: Report): void {
  const slide = pptx.addSlide();
  addSlideTitle(slide, "Pathways");
  const paragraphs = report.overview.map((text) => ({
    text: slideText(text),
    options: { breakLine: true, paraSpaceAfter: 8 },
  }));
  addBodyText(slide, paragraphs, { objectName: "Overview" });
}
