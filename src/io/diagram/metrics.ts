// Sizes used to lay the diagram out, in pixels. One place, so the scene, its
// renderers and their tests agree.
export const MARGIN = 24;
export const MIN_WIDTH = 560;

export const NODE = {
  minHeight: 72,
  padTop: 9,
  padBottom: 10,
  tagSize: 10,
  tagLineHeight: 13,
  gap: 4,
  titleSize: 13,
  titleLineHeight: 17,
  maxTitleLines: 8,
  maxTagLines: 2,
  strokeWidth: 2,
} as const;

export const HEADER = {
  titleSize: 20,
  titleLineHeight: 25,
  maxTitleLines: 2,
  subtitleSize: 12,
  subtitleLineHeight: 16,
  gapBelow: 16,
} as const;

export const BANDS = {
  /** Theory of change: stage names in a column left of the elements. */
  nameColumn: 150,
  /** Logic model: stage names in a strip above the elements. */
  nameStrip: 40,
  nameSize: 12,
  nameLineHeight: 15,
  /** Room either side of the elements across the stages. */
  acrossPad: 24,
} as const;

export const CEILING = {
  strokeWidth: 3,
  dash: "10 6",
  labelSize: 12,
  labelLineHeight: 15,
  /** Logic model: a strip above the bands for the line's label. */
  labelStrip: 26,
} as const;

export const LINK = {
  strokeWidth: 2,
  dash: "6 5",
  arrowLength: 12,
  arrowHalfWidth: 6,
} as const;

export const LEGEND = {
  gapAbove: 20,
  swatchWidth: 36,
  swatchHeight: 22,
  textGap: 6,
  itemGap: 22,
  rowGap: 10,
  textSize: 12,
  lineHeight: 15,
} as const;

/** Baseline of line `i` of a text block: the capitals centred in each line's box. */
export function baselineOf(
  block: { y: number; fontSize: number; lineHeight: number },
  i: number,
): number {
  return block.y + i * block.lineHeight + (block.lineHeight + 0.72 * block.fontSize) / 2;
}
