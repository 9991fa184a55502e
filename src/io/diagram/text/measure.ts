// A deterministic text width estimate, so node and every browser wrap a title
// into the same lines: per-character advance widths of Helvetica (which Arial
// and Liberation Sans share metrically), in thousandths of an em, for printable
// ASCII; other characters fall into broad classes. Widths are rounded up a
// little (SAFETY) because the last font in the stack, DejaVu Sans, runs wider.

// Advance widths for code points 32 (space) to 126 (~).
// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

const SAFETY = 1.06;
const ZERO_WIDTH = /[\p{M}\p{Cf}\p{Cc}]/u;
// East Asian wide and emoji ranges: about one em each.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** Width of one character (a code point) in thousandths of an em. */
export function charWidth(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32];
  if (ZERO_WIDTH.test(char)) return 0;
  if (WIDE.test(char)) return 1000;
  return bold ? 640 : 600;
}

/** The width of `text` in thousandths of an em: a whole number, so widths add up exactly. */
export function textUnits(text: string, bold = false): number {
  let units = 0;
  for (const char of text) units += charWidth(char, bold);
  return units;
}

export function unitsToPixels(units: number, fontSize: number): number {
  return (units * fontSize * SAFETY) / 1000;
}

/** Estimated width in pixels of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return unitsToPixels(textUnits(text, bold), fontSize);
}
