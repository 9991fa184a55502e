// What the person chose to include in the Word report, and the diagram the
// page supplies (the SVG exporter's output with a PNG fallback for programs
// that cannot draw SVG).
import { REPORT_SECTIONS, type ReportSection } from "../report/sections";

export type DocxSections = Readonly<Record<ReportSection, boolean>>;

export interface DocxDiagram {
  readonly svg: string;
  readonly png: Uint8Array;
  /** The diagram's natural size in CSS pixels; the report scales it to fit the page. */
  readonly width: number;
  readonly height: number;
  /** Alt text: what the diagram shows, for screen readers. */
  readonly alt: string;
}

export interface DocxOptions {
  readonly sections: DocxSections;
  readonly diagram?: DocxDiagram;
}

export const ALL_SECTIONS: DocxSections = Object.fromEntries(
  REPORT_SECTIONS.map((s) => [s, true]),
) as Record<ReportSection, boolean>;
