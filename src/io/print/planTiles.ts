// Tiles: the diagram cut into overlapping sheets at one readable scale.
// Invariant: tiles cover the whole diagram with no gaps, neighbours overlapping
// by OVERLAP_MM on paper, every tile at the same scale so the sheets fit
// together; never more than MAX_TILE_PAGES sheets (the scale is lowered, and
// the plan says so, rather than printing a hundred pages).
import { MM_PER_CSS_PIXEL, OVERLAP_MM, type SizeMm } from "./paper";
import { tileAxis, tileCount } from "./tileAxis";
import type { PageLayout, PlannedPage } from "./types";

export const MAX_TILE_PAGES = 60;
// Each try lowers the scale by this factor until the sheets fit under the cap.
const SCALE_STEP = 0.9;

export function planTiles(
  diagram: { width: number; height: number },
  area: SizeMm,
  askedScale: number,
): PageLayout {
  let scale = askedScale;
  const grid = (s: number) => {
    const px = s * MM_PER_CSS_PIXEL;
    const tile = { width: area.width / px, height: area.height / px };
    const overlap = OVERLAP_MM / px;
    return {
      tile,
      overlap,
      columns: tileCount(diagram.width, tile.width, overlap),
      rows: tileCount(diagram.height, tile.height, overlap),
    };
  };
  let g = grid(scale);
  while (g.columns * g.rows > MAX_TILE_PAGES) {
    scale *= SCALE_STEP;
    g = grid(scale);
  }
  const xs = tileAxis(diagram.width, g.tile.width, g.overlap);
  const ys = tileAxis(diagram.height, g.tile.height, g.overlap);
  const total = xs.length * ys.length;
  const pages: PlannedPage[] = [];
  ys.forEach((y, r) => {
    xs.forEach((x, c) => {
      const number = pages.length + 1;
      pages.push({
        number,
        row: r + 1,
        column: c + 1,
        label: `Page ${number} of ${total} — row ${r + 1}, column ${c + 1}`,
        viewBox: { x: x.start, y: y.start, width: g.tile.width, height: g.tile.height },
        size: area,
        overlap: {
          top: y.overlapBefore ? g.overlap : 0,
          right: x.overlapAfter ? g.overlap : 0,
          bottom: y.overlapAfter ? g.overlap : 0,
          left: x.overlapBefore ? g.overlap : 0,
        },
      });
    });
  });
  return {
    scale,
    mmPerPixel: scale * MM_PER_CSS_PIXEL,
    overlapMm: OVERLAP_MM,
    rows: ys.length,
    columns: xs.length,
    scaleReduced: scale < askedScale,
    pages,
  };
}
