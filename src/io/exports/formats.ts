// The export formats, as the export dialog lists them. Each names its file
// extension and MIME type, and whether the diagram picture is drawn in the
// page (PNG needs the browser's canvas; everything else is built in the
// export worker from plain data). The formats that open again are listed in
// IMPORT_FORMATS; the import door matches files by these extensions.
import { TOC_FILE_EXTENSION } from "../tocJson/fileName";
import { TOC_FILE_MIME } from "../tocJson/format";

export const EXPORT_FORMATS = [
  "docx",
  "pptx",
  "xlsx",
  "csv",
  "svg",
  "png",
  "markdown",
  "print",
  "toc",
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  label: string;
  /** What it is for, in a few words. */
  hint: string;
  /** File extension with its dot; "" for print (no file). */
  extension: string;
  mime: string;
}

export const FORMATS: Record<ExportFormat, FormatInfo> = {
  docx: {
    label: "Word report (.docx)",
    hint: "Diagram, narrative by pathway and tables, for board papers and evaluation plans.",
    extension: ".docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  pptx: {
    label: "PowerPoint slides (.pptx)",
    hint: "The diagram as shapes you can edit, a slide per pathway, and the tables.",
    extension: ".pptx",
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  },
  xlsx: {
    label: "Excel workbook (.xlsx)",
    hint: "Elements, links, indicators and more on separate sheets. Imports back exactly.",
    extension: ".xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  csv: {
    label: "Spreadsheet, plain (.csv)",
    hint: "Every part of the model in one table. Imports back exactly.",
    extension: ".csv",
    mime: "text/csv;charset=utf-8",
  },
  svg: {
    label: "Picture, sharp at any size (.svg)",
    hint: "A vector diagram for Word, PowerPoint or Inkscape. Drop it back here to reopen the model.",
    extension: ".svg",
    mime: "image/svg+xml",
  },
  png: {
    label: "Picture (.png)",
    hint: "An image of the diagram. Drop it back here to reopen the model.",
    extension: ".png",
    mime: "image/png",
  },
  markdown: {
    label: "Narrative as text (.md)",
    hint: "The written narrative and tables in Markdown.",
    extension: ".md",
    mime: "text/markdown;charset=utf-8",
  },
  print: {
    label: "Print or save as PDF",
    hint: "A4 or Letter, on one page or across several.",
    extension: "",
    mime: "",
  },
  toc: {
    label: "ToC Studio file (.toc.json)",
    hint: "The whole document, to open in ToC Studio on another device.",
    extension: TOC_FILE_EXTENSION,
    mime: TOC_FILE_MIME,
  },
};

/** The formats a file can be opened from, in the order the file picker lists them. */
export const IMPORT_FORMATS = [
  "toc",
  "svg",
  "png",
  "csv",
  "xlsx",
] as const satisfies readonly ExportFormat[];
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
