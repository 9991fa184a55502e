// Print layout: pure page maths for the print view (no DOM, no React).
export { neighbourNote } from "./neighbours";
export { pageRule } from "./pageRule";
export {
  FOOTER_MM,
  HEADER_MM,
  MARGIN_MM,
  MM_PER_CSS_PIXEL,
  ORIENTATIONS,
  type Orientation,
  OVERLAP_MM,
  PAPER_IDS,
  type PaperId,
  PRINT_FITS,
  type PrintFit,
  paperLabel,
  paperSize,
  type SizeMm,
} from "./paper";
export { MAX_ONE_PAGE_SCALE } from "./planOnePage";
export {
  DEFAULT_PRINT_OPTIONS,
  MAX_DIAGRAM_PIXELS,
  MAX_TILE_SCALE,
  MIN_TILE_SCALE,
  type PagePlan,
  type PlannedPage,
  type PrintOptions,
  PrintPlanError,
  planPages,
  type ViewBox,
} from "./planPages";
export { MAX_TILE_PAGES } from "./planTiles";
export { windowScene } from "./windowScene";
