// How a diagram of a known pixel size goes onto paper: the sheet, its margins,
// the area left for the diagram, and each page's window onto the diagram.
// Invariants: one page shows the whole diagram at the largest scale that fits
// (never above MAX_ONE_PAGE_SCALE); tiles cover the whole diagram with no gaps,
// neighbours overlapping by OVERLAP_MM on paper, every tile at the same scale
// so the sheets fit together; never more than MAX_TILE_PAGES sheets (the scale
// is lowered, and the plan says so, rather than printing a hundred pages).
import {
  FOOTER_MM,
  HEADER_MM,
  MARGIN_MM,
  MM_PER_CSS_PIXEL,
  type Orientation,
  OVERLAP_MM,
  type PaperId,
  type PrintFit,
  paperSize,
  type SizeMm,
} from "./paper";
import { tileAxis, tileCount } from "./tileAxis";

export interface PrintOptions {
  paper: PaperId;
  orientation: Orientation;
  fit: PrintFit;
  /** Tiles only: 1 = the size the diagram has on screen. */
  tileScale?: number;
}

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlannedPage {
  /** 1-based, in reading order: row by row, left to right. */
  readonly number: number;
  readonly row: number;
  readonly column: number;
  /** "Page 2 of 6 — row 1, column 2" ("Page 1 of 1" on one page). */
  readonly label: string;
  /** The part of the diagram this page shows, in diagram pixels. */
  readonly viewBox: ViewBox;
  /** The printed size of that part, in mm. */
  readonly size: SizeMm;
  /** Width of the strip shared with the neighbour on each side, in diagram pixels (0: none). */
  readonly overlap: { top: number; right: number; bottom: number; left: number };
}

export interface PagePlan {
  readonly paper: PaperId;
  readonly orientation: Orientation;
  readonly fit: PrintFit;
  readonly sheet: SizeMm;
  readonly marginMm: number;
  readonly headerMm: number;
  readonly footerMm: number;
  /** The sheet inside its margins. */
  readonly printable: SizeMm;
  /** The printable area less header and footer: where the diagram goes. */
  readonly diagramArea: SizeMm;
  /** Printed size relative to the on-screen size (1 = 100 %). */
  readonly scale: number;
  /** Millimetres of paper per diagram pixel. */
  readonly mmPerPixel: number;
  readonly overlapMm: number;
  readonly rows: number;
  readonly columns: number;
  /** Tiles only: the scale asked for needed more than MAX_TILE_PAGES sheets. */
  readonly scaleReduced: boolean;
  readonly pages: readonly PlannedPage[];
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = {
  paper: "a4",
  orientation: "landscape",
  fit: "one-page",
  tileScale: 1,
};
export const MIN_TILE_SCALE = 0.25;
export const MAX_TILE_SCALE = 4;
export const MAX_ONE_PAGE_SCALE = 2;
export const MAX_TILE_PAGES = 60;
/** A bigger diagram is not a real one (5,000 elements make about 40,000 px). */
export const MAX_DIAGRAM_PIXELS = 1_000_000;
// Each try lowers the scale by this factor until the sheets fit under the cap.
const SCALE_STEP = 0.9;

export class PrintPlanError extends RangeError {}

function checkDiagram(diagram: { width: number; height: number }): void {
  const sides = [diagram?.width, diagram?.height];
  if (!sides.every((side) => typeof side === "number" && Number.isFinite(side) && side > 0)) {
    throw new PrintPlanError("There is no diagram to print: its size is empty or unknown.");
  }
  if (sides.some((side) => side > MAX_DIAGRAM_PIXELS)) {
    throw new PrintPlanError("The diagram is too large to print.");
  }
}

function tileScaleFrom(options: PrintOptions): number {
  const scale = options.tileScale ?? 1;
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0) {
    throw new PrintPlanError("The tile scale must be a number above zero.");
  }
  return Math.min(MAX_TILE_SCALE, Math.max(MIN_TILE_SCALE, scale));
}

export function planPages(
  diagram: { width: number; height: number },
  options: PrintOptions = DEFAULT_PRINT_OPTIONS,
): PagePlan {
  checkDiagram(diagram);
  const sheet = paperSize(options.paper, options.orientation);
  const printable = { width: sheet.width - 2 * MARGIN_MM, height: sheet.height - 2 * MARGIN_MM };
  const diagramArea = {
    width: printable.width,
    height: printable.height - HEADER_MM - FOOTER_MM,
  };
  const base = {
    paper: options.paper,
    orientation: options.orientation,
    fit: options.fit,
    sheet,
    marginMm: MARGIN_MM,
    headerMm: HEADER_MM,
    footerMm: FOOTER_MM,
    printable,
    diagramArea,
  };
  if (options.fit === "one-page") {
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
      ...base,
      scale,
      mmPerPixel,
      overlapMm: 0,
      rows: 1,
      columns: 1,
      scaleReduced: false,
      pages: [page],
    };
  }
  return { ...base, ...planTiles(diagram, diagramArea, tileScaleFrom(options)) };
}

function planTiles(diagram: { width: number; height: number }, area: SizeMm, askedScale: number) {
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
