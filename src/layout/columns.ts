// Stacking boxes in a column: in a given order, GAP units apart, every top on
// geometry's 1/1024 grid (so the gaps stay ≥ GAP exactly once written). Two
// ways to place the stack: centred on a y, or each box as near a wanted top as
// the order and the gaps allow. Pinned by the no-overlap tests.

/** The least space between two boxes in one column (as `domain/placement.ts`). */
export const GAP = 30;

const GRID = 1024;
const snapUp = (n: number): number => Math.ceil(n * GRID) / GRID + 0;
export const snapRound = (n: number): number => Math.round(n * GRID) / GRID + 0;

/** Tops of boxes stacked from 0 in the given order, and the stack's total height. */
export function stack(heights: readonly number[]): { tops: number[]; height: number } {
  const tops: number[] = [];
  let top = 0;
  let height = 0;
  for (const h of heights) {
    tops.push(top);
    height = top + h;
    top = snapUp(height + GAP);
  }
  return { tops, height };
}

/** Tops of a stack whose first box is at `top` or just below (on the grid). */
export function stackFrom(heights: readonly number[], top: number): number[] {
  const start = snapUp(top);
  return stack(heights).tops.map((t) => t + start);
}

/** Tops of a stack whose middle is at `centre`. */
export function centredColumn(heights: readonly number[], centre: number): number[] {
  const { tops, height } = stack(heights);
  const offset = snapRound(centre - height / 2);
  return tops.map((t) => t + offset);
}

/**
 * Tops of boxes in the given order, each as near its wanted top as it can be (least squares):
 * the tight stack is cut into runs, each run shifted by the mean of what its boxes want, and
 * neighbouring runs that would overlap are merged (pool-adjacent-violators). Runs' shifts only
 * grow down the column, so the gaps of the tight stack are kept.
 */
export function placeNear(heights: readonly number[], wanted: readonly number[]): number[] {
  const { tops } = stack(heights);
  const runs: { count: number; sum: number }[] = [];
  for (let i = 0; i < tops.length; i++) {
    let run = { count: 1, sum: wanted[i] - tops[i] };
    let last = runs.at(-1);
    while (last && last.sum / last.count > run.sum / run.count) {
      runs.pop();
      run = { count: last.count + run.count, sum: last.sum + run.sum };
      last = runs.at(-1);
    }
    runs.push(run);
  }
  const placed: number[] = [];
  for (const run of runs) {
    const shift = snapRound(run.sum / run.count);
    for (let k = 0; k < run.count; k++) placed.push(tops[placed.length] + shift);
  }
  return placed;
}
