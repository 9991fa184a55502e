// What the page asks the export worker for, and what it gets back. Plain,
// structured-cloneable data: the model snapshot the editor already holds.
import type { TocModel } from "../../domain/model";
import type { DocxDiagram, DocxSections } from "../docx/options";
import type { ExportFormat } from "./formats";

export type { DocxDiagram as DrawnDiagram, DocxSections as ReportSections } from "../docx/options";
export { ALL_SECTIONS } from "../docx/options";
export { REPORT_SECTIONS, type ReportSection } from "../report/sections";

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
  sections?: DocxSections;
  diagram?: DocxDiagram;
}

export type ExportReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; error: string };
