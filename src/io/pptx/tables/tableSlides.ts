// The report's tables as real PowerPoint tables (a:tbl): a header row in
// white on dark blue, repeated on every page, 12 pt text, light rules and
// striped rows so a wide row can be followed across. Long tables continue on
// further slides, each titled "(continued, n of m)".
import type PptxGenJS from "pptxgenjs";
import type { ReportTable, ReportTables } from "../../report";
import { SECTION_TITLES } from "../../report/sections";
import {
  addBodyText,
  addSlideTitle,
  CONTENT_TOP,
  CONTENT_WIDTH,
  MARGIN,
  MUTED_COLOUR,
  TABLE_PT,
  TEXT_COLOUR,
  TYPEFACE,
} from "../deck";
import { slideText } from "../text";
import { BORDER, bodyCell, headerCell } from "./cells";
import { CELL_MARGIN, layoutTable } from "./paginate";

export interface TableSection {
  readonly title: string;
  readonly table: ReportTable;
}

/** The tables a deck shows, in order, with their slide titles. */
export function tableSections(tables: ReportTables): TableSection[] {
  return [
    { title: SECTION_TITLES.outcomes, table: tables.outcomes },
    { title: SECTION_TITLES.assumptions, table: tables.assumptions },
    { title: SECTION_TITLES.activities, table: tables.activities },
    { title: SECTION_TITLES.stakeholders, table: tables.stakeholders },
  ];
}

function addEmptySlide(pptx: PptxGenJS, section: TableSection): void {
  const slide = pptx.addSlide();
  addSlideTitle(slide, slideText(section.title));
  addBodyText(slide, slideText(section.table.emptyText), { h: 0.6, color: MUTED_COLOUR });
}

/** Adds the section's slides. */
export function addTableSlides(pptx: PptxGenJS, section: TableSection): void {
  const layout = layoutTable(section.table);
  if (layout.pages.length === 0) {
    addEmptySlide(pptx, section);
    return;
  }
  layout.pages.forEach((rows, index) => {
    const slide = pptx.addSlide();
    const count = layout.pages.length;
    const suffix = index === 0 ? "" : ` (continued, ${index + 1} of ${count})`;
    addSlideTitle(slide, slideText(`${section.title}${suffix}`));
    const body = rows.map((row, r) => row.map((cell) => bodyCell(cell, r % 2 === 1)));
    slide.addTable([layout.header.map(headerCell), ...body], {
      x: MARGIN,
      y: CONTENT_TOP,
      w: CONTENT_WIDTH,
      colW: [...layout.widths],
      ...TYPEFACE,
      fontSize: TABLE_PT,
      color: TEXT_COLOUR,
      valign: "top",
      border: BORDER,
      margin: CELL_MARGIN,
      objectName: `${section.title} table`,
    });
  });
}
