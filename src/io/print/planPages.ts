// How a diagram of a known pixel size goes onto paper: the sheet, its margins,
// the area left for the diagram, and each page's window onto the diagram.
// Invariants: one page shows the whole diagram at the largest scale that fits
// (never above MAX_ONE_PAGE_SCALE); tiles cover the whole diagram with no gaps,
// neighbours overlapping by OVERLAP_MM on paper, every tile at the same scale
// so the sheets fit together; never more than MAX_TILE_PAGES sheets (the scale
// is lowered, and the plan says so, rather than printing a hundred pages).
import { FOOTER_MM, HEADER_MM, MARGIN_MM, paperSize } from "./paper";
import { planOnePage } from "./planOnePage";
import { planTiles } from "./planTiles";
import type { PagePlan, PrintOptions } from "./types";

export type { PagePlan, PlannedPage, PrintOptions, ViewBox } from "./types";

export const DEFAULT_PRINT_OPTIONS: PrintOptions = {
  paper: "a4",
  orientation: "landscape",
  fit: "one-page",
  tileScale: 1,
};
export const MIN_TILE_SCALE = 0.25;
export const MAX_TILE_SCALE = 4;
/** A bigger diagram is not a real one (5,000 elements make about 40,000 px). */
export const MAX_DIAGRAM_PIXELS = 1_000_000;

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
  if (options.fit === "one-page") return { ...base, ...planOnePage(diagram, diagramArea) };
  return { ...base, ...planTiles(diagram, diagramArea, tileScaleFrom(options)) };
}
