// The print plan's shapes: what planPages is asked for and what it answers.
import type { Orientation, PaperId, PrintFit, SizeMm } from "./paper";

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

/** What planOnePage and planTiles decide: the plan less its paper and margins. */
export type PageLayout = Pick<
  PagePlan,
  "scale" | "mmPerPixel" | "overlapMm" | "rows" | "columns" | "scaleReduced" | "pages"
>;
