// The quality-checks slide: the report's one-sentence summary, then a table
// with every check and its counts (open, dismissed; a passing check shows 0,
// so the slide says what was checked). Ten rows at most, so it always fits
// one slide; the findings themselves go in the speaker notes.
import type PptxGenJS from "pptxgenjs";
import { CHECKS } from "../../domain/quality";
import type { QualitySummary } from "../report";
import { SECTION_TITLES } from "../report/sections";
import {
  addSlideTitle,
  BODY_PT,
  CONTENT_TOP,
  CONTENT_WIDTH,
  HEADER_FILL,
  HEADER_TEXT,
  MARGIN,
  RULE_COLOUR,
  TABLE_PT,
  TEXT_COLOUR,
  TYPEFACE,
} from "./deck";
import { MAX_NOTES_TEXT, slideText } from "./text";

const COUNT_WIDTH = 1.6;
// Table cells do not inherit the table's language, so each carries it.
const { lang } = TYPEFACE;

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
  slide.addText(slideText(quality.summary), {
    x: MARGIN,
    y: CONTENT_TOP,
    w: CONTENT_WIDTH,
    h: 0.5,
    ...TYPEFACE,
    fontSize: BODY_PT,
    color: TEXT_COLOUR,
  });
  slide.addNotes(qualityNotes(quality));
  const header = ["Check", "Open", "Dismissed"].map((text) => ({
    text,
    options: { lang, bold: true, color: HEADER_TEXT, fill: { color: HEADER_FILL } },
  }));
  const rows = CHECKS.map((check) => {
    const group = quality.groups.find((g) => g.check === check.id);
    const open = group?.open.length ?? 0;
    return [
      { text: slideText(check.label), options: { lang, bold: open > 0 } },
      { text: String(open), options: { lang, align: "right" as const, bold: open > 0 } },
      { text: String(group?.dismissed.length ?? 0), options: { lang, align: "right" as const } },
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
    border: { type: "solid", pt: 0.75, color: RULE_COLOUR },
    margin: [0.05, 0.1, 0.05, 0.1],
    objectName: "Quality checks table",
  });
}
