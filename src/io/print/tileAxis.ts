// Cuts one side of the diagram into tiles that overlap by a fixed amount.
// Invariant: the tiles start at 0, each starts `tile - overlap` after the one
// before, and the last one reaches the far edge, so every point of [0, length]
// lies on at least one tile and neighbours share exactly `overlap`.

export interface AxisTile {
  readonly start: number;
  /** Whether a neighbour shares the strip before / after this tile. */
  readonly overlapBefore: boolean;
  readonly overlapAfter: boolean;
}

// Floating-point slack so a diagram exactly n tiles long is not given n + 1.
const EPSILON = 1e-9;

export function tileCount(length: number, tile: number, overlap: number): number {
  if (length <= tile + EPSILON) return 1;
  return Math.ceil((length - tile) / (tile - overlap) - EPSILON) + 1;
}

export function tileAxis(length: number, tile: number, overlap: number): AxisTile[] {
  const count = tileCount(length, tile, overlap);
  const step = tile - overlap;
  return Array.from({ length: count }, (_, i) => ({
    start: i * step,
    overlapBefore: i > 0,
    overlapAfter: i < count - 1,
  }));
}
