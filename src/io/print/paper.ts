// Paper sizes and the fixed parts of every printed page, in millimetres.
// Invariant: header + footer + margins leave at least half of each paper
// side for the diagram, whatever the paper and orientation.

export type PaperId = "a4" | "letter";
export type Orientation = "landscape" | "portrait";
export type PrintFit = "one-page" | "tiles";

export interface SizeMm {
  readonly width: number;
  readonly height: number;
}

export const PAPER_IDS: readonly PaperId[] = ["a4", "letter"];
export const ORIENTATIONS: readonly Orientation[] = ["landscape", "portrait"];
export const PRINT_FITS: readonly PrintFit[] = ["one-page", "tiles"];

/** Portrait sizes (ISO 216 A4; US Letter is 8.5 × 11 in). */
const PAPERS: Record<PaperId, { label: string; size: SizeMm }> = {
  a4: { label: "A4", size: { width: 210, height: 297 } },
  letter: { label: "US Letter", size: { width: 215.9, height: 279.4 } },
};

export function paperLabel(paper: PaperId): string {
  return PAPERS[paper].label;
}

export function paperSize(paper: PaperId, orientation: Orientation): SizeMm {
  const { width, height } = PAPERS[paper].size;
  return orientation === "portrait" ? { width, height } : { width: height, height: width };
}

/** The @page margin on every side: inside what most printers can reach. */
export const MARGIN_MM = 10;
/** Title and date above the diagram. */
export const HEADER_MM = 10;
/** Page number and the legend of stages and kinds below it (two lines at most). */
export const FOOTER_MM = 16;
/** How much neighbouring tiles repeat, so they can be trimmed and taped together. */
export const OVERLAP_MM = 10;

/** One CSS pixel (what the diagram is measured in) is 1/96 inch. */
export const MM_PER_CSS_PIXEL = 25.4 / 96;
