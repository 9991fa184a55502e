// Wrapping a label into lines that fit a width, by the estimate in measure.ts.
// Deterministic and bounded: the input is cut to MAX_WRAP_INPUT code units
// before any work, so a 1 MB title costs no more than a long sentence; what
// does not fit in maxLines ends with an ellipsis.
import { textUnits, textWidth, unitsToPixels } from "./measure";

export const MAX_WRAP_INPUT = 4000;
const ELLIPSIS = "…";
// Combining marks beyond this many on one character are dropped for display
// (real scripts use a handful; hundreds only stack into a smear).
const MAX_MARKS = 4;
const EXCESS_MARKS = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, "gu");

export interface WrapOptions {
  width: number;
  fontSize: number;
  bold?: boolean;
  maxLines: number;
}

/** The label as it can be drawn: well-formed, no control characters, single spaces. */
export function displayText(text: string): { text: string; cut: boolean } {
  const cut = text.length > MAX_WRAP_INPUT;
  const clean = (cut ? text.slice(0, MAX_WRAP_INPUT) : text)
    .toWellFormed()
    .replace(/[\p{Cc}\s]+/gu, " ")
    .replace(EXCESS_MARKS, "$1")
    .trim();
  return { text: clean, cut };
}

/** Characters with their combining marks, so a break never strands a mark. */
function clusters(word: string): string[] {
  return word.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

function breakLongWord(word: string, width: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  let used = 0;
  for (const unit of clusters(word)) {
    const w = textUnits(unit, bold);
    if (piece && unitsToPixels(used + w, fontSize) > width) {
      pieces.push(piece);
      piece = "";
      used = 0;
    }
    piece += unit;
    used += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function withEllipsis(line: string, fits: (s: string) => boolean): string {
  const units = clusters(line.trimEnd());
  while (units.length > 0 && !fits(`${units.join("")}${ELLIPSIS}`)) units.pop();
  return `${units.join("").trimEnd()}${ELLIPSIS}`;
}

export function wrapText(text: string, options: WrapOptions): string[] {
  const { width, fontSize, bold = false, maxLines } = options;
  const fits = (s: string) => textWidth(s, fontSize, bold) <= width;
  const { text: clean, cut } = displayText(text);
  const space = textUnits(" ", bold);
  const lines: string[] = [];
  let line = "";
  let used = 0; // the units of `line`, kept as words are added (units add up exactly)
  for (const word of clean.split(" ")) {
    if (lines.length > maxLines) break;
    const w = textUnits(word, bold);
    const joined = line ? used + space + w : w;
    if (unitsToPixels(joined, fontSize) <= width) {
      line = line ? `${line} ${word}` : word;
      used = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces =
      unitsToPixels(w, fontSize) <= width ? [word] : breakLongWord(word, width, fontSize, bold);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? "";
    used = textUnits(line, bold);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines && !cut) return lines;
  const kept = lines.slice(0, maxLines);
  if (kept.length === 0) return kept;
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1] ?? "", fits);
  return kept;
}
