// What the page asks the export worker for, and what it gets back. Plain,
// structured-cloneable data: the model snapshot the editor already holds.
import type { TocModel } from "../../domain/model";
import type { ExportFormat } from "./formats";

export const REPORT_SECTIONS = [
  "diagram",
  "narrative",
  "outcomes",
  "assumptions",
  "activities",
  "stakeholders",
  "quality",
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
export type ReportSections = Record<ReportSection, boolean>;

export const ALL_SECTIONS: ReportSections = {
  diagram: true,
  narrative: true,
  outcomes: true,
  assumptions: true,
  activities: true,
  stakeholders: true,
  quality: true,
};

/** The diagram as the page drew it: the SVG and a PNG of it (the Word report's fallback). */
export interface DrawnDiagram {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

/** Formats built from data alone (PNG needs the page's canvas; print is a page). */
export type FileFormat = Exclude<ExportFormat, "png" | "print">;

export interface ExportRequest {
  format: FileFormat;
  model: TocModel;
  /** Milliseconds since 1970: the date printed in the output. */
  now: number;
  appVersion: string;
  /** Pictures of a selection: only these elements and the links between them. */
  elementIds?: readonly string[];
  sections?: ReportSections;
  diagram?: DrawnDiagram;
}

export type ExportReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; error: string };
