// Row heights for the XLSX. Spreadsheet programs do not grow a row to fit
// wrapped text when they open a file (LibreOffice draws it over the next
// row), so each row gets a height estimated from its longest wrapped cell:
// text wrapped at word boundaries, about 1.2 characters per unit of column
// width (Calibri 11).
import type { Column } from "./tables";

const POINTS_PER_LINE = 15;
const CHARACTERS_PER_WIDTH = 1.2;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/** Lines a paragraph takes when wrapped at word boundaries, as spreadsheets wrap. */
function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(" ")) {
    const length = Array.from(word).length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= perLine) {
      used = needed;
      continue;
    }
    // A word longer than a line is broken across lines.
    lines += used === 0 ? 0 : 1;
    lines += Math.floor(Math.max(0, length - 1) / perLine);
    used = length % perLine || perLine;
  }
  return lines;
}

function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARACTERS_PER_WIDTH));
  let lines = 0;
  // Combining marks add no width: 500 of them still make one character.
  for (const paragraph of text.replace(/\p{M}/gu, "").split(/\r\n|\r|\n/)) {
    lines += wrappedLines(paragraph, perLine);
    if (lines * POINTS_PER_LINE >= MAX_ROW_POINTS) break;
  }
  return lines;
}

/** Height in points for a row of these cells, or undefined for a single line. */
export function rowHeight(
  columns: readonly Column[],
  cells: ReadonlyArray<string | number>,
): number | undefined {
  let lines = 1;
  columns.forEach((column, i) => {
    const value = cells[i];
    if (column.wrap && typeof value === "string" && value)
      lines = Math.max(lines, lineCount(value, column.width));
  });
  return lines === 1 ? undefined : Math.min(MAX_ROW_POINTS, lines * POINTS_PER_LINE + 2);
}
