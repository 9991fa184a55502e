// Splits a report table into slide-sized pages by estimated row height, the
// header repeated on each. Invariants: every row's text lands on the pages in
// order and nothing is dropped; a row taller than a whole slide is split at
// word boundaries, its first cell repeated with "(continued)" on the rest; no
// estimated page is taller than the space below the slide title.
import type { ReportTable } from "../../report";
import { CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, TABLE_PT } from "../deck";
import { estimateLines, estimateTextWidth, LINE_HEIGHT, linesHeight, takeLines } from "../measure";
import { MAX_CELL_TEXT, slideText } from "../text";

/** Cell margins in inches: top, right, bottom, left. */
export const CELL_MARGIN: [number, number, number, number] = [0.04, 0.06, 0.04, 0.06];
const AVAILABLE = CONTENT_BOTTOM - CONTENT_TOP;
const VERTICAL_MARGIN = CELL_MARGIN[0] + CELL_MARGIN[2];

export interface TableLayout {
  /** Column widths in inches, summing to the content width. */
  readonly widths: readonly number[];
  readonly header: readonly string[];
  /** Pages of body rows (cells cleaned, tall rows split). */
  readonly pages: readonly (readonly string[])[][];
}

/** No column is widened beyond this to fit its longest word (inches). */
const MAX_WORD_COLUMN = 1.8;
/** Columns never shrink below this to widen another (inches). */
const MIN_COLUMN = 0.6;

/** Width a column needs so its longest word is not broken (capped). */
function wordNeed(table: ReportTable, column: number): number {
  let longest = 0;
  const cells = [table.columns[column], ...table.rows.map((row) => row[column] ?? "")];
  for (const cell of cells) {
    for (const word of cell.slice(0, MAX_CELL_TEXT).split(/\s+/)) {
      longest = Math.max(longest, estimateTextWidth(word, TABLE_PT));
    }
  }
  return Math.min(MAX_WORD_COLUMN, longest + CELL_MARGIN[1] + CELL_MARGIN[3] + 0.02);
}

/**
 * Column widths in inches: the report's proportions, except that a column
 * too narrow for its longest word ("Intermediate", "pseudonymised") gets
 * that width, taken from the others in proportion.
 */
export function columnWidths(table: ReportTable): number[] {
  const share = table.columns.map((_, i) => Math.max(1, table.widths[i] ?? 1));
  const need = table.columns.map((_, i) => wordNeed(table, i));
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let pass = 0; pass <= table.columns.length; pass++) {
    const room = CONTENT_WIDTH - [...fixed].reduce((sum, i) => sum + need[i], 0);
    const free = share.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    widths = share.map((w, i) => (fixed.has(i) ? need[i] : (room * w) / free));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < need[i]);
    const others = table.columns.length - fixed.size - 1;
    // Stop widening while the other columns would keep less than a minimum.
    if (short < 0 || room - need[short] < MIN_COLUMN * others) break;
    fixed.add(short);
  }
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w * CONTENT_WIDTH) / total);
}

const innerWidth = (width: number) => Math.max(0.2, width - CELL_MARGIN[1] - CELL_MARGIN[3]);

export function rowHeight(cells: readonly string[], widths: readonly number[]): number {
  const lines = Math.max(
    1,
    ...cells.map((cell, i) => estimateLines(cell, innerWidth(widths[i]), TABLE_PT)),
  );
  return linesHeight(lines, TABLE_PT) + VERTICAL_MARGIN;
}

/** A row as one or more rows, each no taller than `room`. */
function splitRow(row: string[], widths: readonly number[], room: number): string[][] {
  const maxLines = Math.max(
    1,
    Math.floor(((room - VERTICAL_MARGIN) * 72) / (TABLE_PT * LINE_HEIGHT)),
  );
  const parts: string[][] = [];
  let rest = row;
  while (rowHeight(rest, widths) > room) {
    const pieces = rest.map((cell, i) =>
      takeLines(cell, innerWidth(widths[i]), TABLE_PT, maxLines),
    );
    parts.push(pieces.map(([head]) => head));
    const tail = pieces.map(([, remainder]) => remainder);
    if (tail.every((cell) => cell === "")) return parts;
    // The first cell names the row; when it is done, a short "(continued)"
    // label stands in (two lines at most, so every pass still shrinks the row).
    if (tail[0] === "") {
      tail[0] = takeLines(`${row[0]} (continued)`, innerWidth(widths[0]), TABLE_PT, 2)[0];
    }
    rest = tail;
  }
  parts.push(rest);
  return parts;
}

export function layoutTable(table: ReportTable): TableLayout {
  const widths = columnWidths(table);
  const header = table.columns.map((c) => slideText(c));
  const room = AVAILABLE - rowHeight(header, widths);
  const pages: string[][][] = [];
  let page: string[][] = [];
  let used = 0;
  for (const source of table.rows) {
    const cells = table.columns.map((_, i) => slideText(source[i] ?? ""));
    for (const row of splitRow(cells, widths, room)) {
      const height = rowHeight(row, widths);
      if (page.length > 0 && used + height > room) {
        pages.push(page);
        page = [];
        used = 0;
      }
      page.push(row);
      used += height;
    }
  }
  if (page.length > 0) pages.push(page);
  return { widths, header, pages };
}
