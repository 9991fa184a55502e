// One page: the whole diagram at the largest scale that fits the diagram area.
// Invariant: the page shows all of it, proportions kept, never enlarged more
// than MAX_ONE_PAGE_SCALE (a tiny diagram should not print as a poster).
import { MM_PER_CSS_PIXEL, type SizeMm } from "./paper";
import type { PageLayout, PlannedPage } from "./types";

export const MAX_ONE_PAGE_SCALE = 2;

export function planOnePage(
  diagram: { width: number; height: number },
  diagramArea: SizeMm,
): PageLayout {
  const scale = Math.min(
    MAX_ONE_PAGE_SCALE,
    diagramArea.width / (diagram.width * MM_PER_CSS_PIXEL),
    diagramArea.height / (diagram.height * MM_PER_CSS_PIXEL),
  );
  const mmPerPixel = scale * MM_PER_CSS_PIXEL;
  const page: PlannedPage = {
    number: 1,
    row: 1,
    column: 1,
    label: "Page 1 of 1",
    viewBox: { x: 0, y: 0, width: diagram.width, height: diagram.height },
    size: { width: diagram.width * mmPerPixel, height: diagram.height * mmPerPixel },
    overlap: { top: 0, right: 0, bottom: 0, left: 0 },
  };
  return {
    scale,
    mmPerPixel,
    overlapMm: 0,
    rows: 1,
    columns: 1,
    scaleReduced: false,
    pages: [page],
  };
}
