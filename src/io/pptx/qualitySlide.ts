// The quality-checks slide: the report's one-sentence summary, then a table
// with every check and its counts (open, dismissed; a passing check shows 0,
// so the slide says what was checked). Ten rows at most, so it always fits
// one slide; the findings themselves go in the speaker notes.
import type PptxGenJS from "pptxgenjs";
import { CHECKS } from "../../domain/quality";
import type { QualitySummary } from "../report";
import { SECTION_TITLES } from "../report/sections";
import {
  addBodyText,
  addSlideTitle,
  CONTENT_TOP,
  CONTENT_WIDTH,
  MARGIN,
  TABLE_PT,
  TEXT_COLOUR,
  TYPEFACE,
} from "./deck";
import { BORDER, CELL_TEXT, headerCell } from "./tables/cells";
import { MAX_NOTES_TEXT, slideText } from "./text";

const COUNT_WIDTH = 1.6;

function qualityNotes(quality: QualitySummary): string {
  const lines = quality.groups.flatMap((group) => [
    `${group.heading}:`,
    ...group.open.map((f) => `- ${f.text}`),
    ...group.dismissed.map((f) => `- Dismissed: ${f.text}`),
  ]);
  return slideText([quality.summary, ...lines].join("\n"), MAX_NOTES_TEXT, false);
}

export function addQualitySlide(pptx: PptxGenJS, quality: QualitySummary): void {
  const slide = pptx.addSlide();
  addSlideTitle(slide, SECTION_TITLES.quality);
  addBodyText(slide, slideText(quality.summary), { h: 0.5 });
  slide.addNotes(qualityNotes(quality));
  const header = ["Check", "Open", "Dismissed"].map(headerCell);
  const rows = CHECKS.map((check) => {
    const group = quality.groups.find((g) => g.check === check.id);
    const open = group?.open.length ?? 0;
    return [
      { text: slideText(check.label), options: { ...CELL_TEXT, bold: open > 0 } },
      { text: String(open), options: { ...CELL_TEXT, align: "right" as const, bold: open > 0 } },
      {
        text: String(group?.dismissed.length ?? 0),
        options: { ...CELL_TEXT, align: "right" as const },
      },
    ];
  });
  slide.addTable([header, ...rows], {
    x: MARGIN,
    y: CONTENT_TOP + 0.7,
    w: CONTENT_WIDTH,
    colW: [CONTENT_WIDTH - 2 * COUNT_WIDTH, COUNT_WIDTH, COUNT_WIDTH],
    ...TYPEFACE,
    fontSize: TABLE_PT + 2,
    rowH: 0.38,
    color: TEXT_COLOUR,
    border: BORDER,
    margin: [0.05, 0.1, 0.05, 0.1],
    objectName: "Quality checks table",
  });
}
