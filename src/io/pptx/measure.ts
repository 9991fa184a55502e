// How many lines a text takes in a box, estimated without a font engine so
// pagination is the same in every browser and in node. Widths come from the
// diagram's per-character Helvetica/Arial metrics (rounded up a little), so a
// page that is estimated to fit does fit.
import { textWidth } from "../diagram";

export const LINE_HEIGHT = 1.2;
const POINTS_PER_INCH = 72;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Lines after greedy word wrap (a word longer than a line takes several). */
export function estimateLines(text: string, widthIn: number, pt: number): number {
  const line = Math.max(1, widthIn * POINTS_PER_INCH);
  const space = textWidth(" ", pt);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of words(paragraph)) {
      const width = textWidth(word, pt);
      if (used > 0 && used + space + width <= line) {
        used += space + width;
        continue;
      }
      if (used > 0) count += 1;
      const spans = Math.max(1, Math.ceil(width / line));
      count += spans - 1;
      used = width - (spans - 1) * line;
    }
    lines += count;
  }
  return lines;
}

/** The longest run of characters at the start of `text` that fills `maxLines` lines. */
function cutByCharacters(text: string, widthIn: number, pt: number, maxLines: number): number {
  const room = maxLines * widthIn * POINTS_PER_INCH;
  const chars = Array.from(text);
  let used = 0;
  let count = 0;
  for (const char of chars) {
    used += textWidth(char, pt);
    if (used > room && count > 0) break;
    count += 1;
  }
  return count;
}

/**
 * Splits text after as many whole words as fit in `maxLines` lines; the rest
 * ("" when everything fits) continues elsewhere. Always takes something: a
 * first word too long for the lines is cut between characters.
 */
export function takeLines(
  text: string,
  widthIn: number,
  pt: number,
  maxLines: number,
): [string, string] {
  if (estimateLines(text, widthIn, pt) <= maxLines) return [text, ""];
  const parts = text.split(" ");
  if (estimateLines(parts[0], widthIn, pt) > maxLines) {
    const chars = Array.from(text);
    const cut = cutByCharacters(text, widthIn, pt, maxLines);
    return [chars.slice(0, cut).join(""), chars.slice(cut).join("")];
  }
  let low = 1;
  let high = parts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const fits = estimateLines(parts.slice(0, middle).join(" "), widthIn, pt) <= maxLines;
    if (fits) low = middle;
    else high = middle - 1;
  }
  return [parts.slice(0, low).join(" "), parts.slice(low).join(" ")];
}

/** Height in inches of `lines` lines at `pt` points. */
export function linesHeight(lines: number, pt: number): number {
  return (lines * pt * LINE_HEIGHT) / POINTS_PER_INCH;
}

/** Width in inches of one line of text at `pt` points. */
export function estimateTextWidth(text: string, pt: number): number {
  return textWidth(text, pt) / POINTS_PER_INCH;
}
