// What a spreadsheet import says when it refuses a file or repaired something,
// in the same plain English as the *.toc.json import (io/tocJson/messages.ts,
// whose size limits apply here too).
import { quoted } from "../../domain/text";
import { formatMegabytes, MAX_FILE_BYTES } from "../tocJson/messages";

/** An XLSX is a ZIP: what its parts may add up to once unpacked. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/**
 * Rows read from any one sheet: far more than a theory of change ToC Studio
 * opens needs (restore caps elements and links lower), and few enough to read
 * in seconds. Counted before a workbook is parsed, so a bigger sheet costs nothing.
 */
export const MAX_SHEET_ROWS = 50_000;
/** Columns of a hand-made sheet that are read. */
export const MAX_SHEET_COLUMNS = 200;

const count = (n: number) => n.toLocaleString("en-GB");

export const SHEET_MESSAGES = {
  tooLarge: (bytes: number) =>
    `This file is too large to open (${formatMegabytes(bytes)}). The limit is ${formatMegabytes(MAX_FILE_BYTES)}.`,
  empty: "This file is empty: there is nothing in it to open.",
  notSpreadsheet: (what: string) =>
    `This file is not a spreadsheet ToC Studio can open: it looks like ${what}. Use an Excel workbook (.xlsx) or a CSV file.`,
  oldExcel:
    "This is an older Excel file (.xls), which ToC Studio cannot read. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or CSV, then try again.",
  damagedXlsx:
    "This spreadsheet is damaged or cut short, so it cannot be opened. Try saving it again from Excel or LibreOffice.",
  unpackedTooLarge:
    "This spreadsheet unpacks to far more data than a theory of change holds, so it was not opened.",
  tooManyRows: (sheet: string, rows: number) =>
    `The sheet ${quoted(sheet)} has too many rows to open (${count(rows)}). The limit is ${count(MAX_SHEET_ROWS)}.`,
  sheetTooManyRows: `A sheet in this spreadsheet has more than ${count(MAX_SHEET_ROWS)} rows, too many to open. The limit is ${count(MAX_SHEET_ROWS)} rows per sheet.`,
  csvTooManyRows: (rows: number) =>
    `This CSV file has too many rows to open (${count(rows)}). The limit is ${count(MAX_SHEET_ROWS)}.`,
  badEncoding:
    "This CSV file cannot be read: some of its characters are not UTF-8 text. In Excel choose “CSV UTF-8” when saving, then try again.",
  damagedCsv:
    "This CSV file is cut short or damaged: a quoted cell never ends. Try saving it again from the spreadsheet program.",
  notText: "This CSV file cannot be read: it contains characters that are not text.",
  noSheets:
    "This file is not an Excel workbook ToC Studio can open: it has no sheets (it may be a ZIP archive of something else).",
  noStageColumns:
    "No column of this sheet is headed with a stage, so ToC Studio cannot tell what each item is. Head the columns in the first row with stage names such as Inputs, Activities, Outputs, Short-term outcomes, Medium-term outcomes, Long-term outcomes and Impact, one item per cell below.",
  missingTable: (table: string) =>
    `This spreadsheet looks like one saved by ToC Studio, but its ${quoted(table)} sheet is missing or has no header row, so it cannot be opened exactly.`,
} as const;

export const SHEET_NOTES = {
  noDocumentTable:
    "The 'Document' sheet is missing, so the title, framing and accountability ceiling take their usual values.",
  rowNamesMissing: (table: string, row: number, what: string, more: number) =>
    `The sheet ${quoted(table)} row ${count(row)} names ${what} that is not in the file, so that row was left out${more > 0 ? ` (and ${count(more)} more such rows)` : ""}.`,
  unrecognised: (n: number) =>
    n === 1
      ? "1 cell held a value ToC Studio does not recognise (for example a kind, stage, status or confidence) and the usual value was used."
      : `${count(n)} cells held values ToC Studio does not recognise (for example a kind, stage, status or confidence) and the usual values were used.`,
  unknownColumns: (sheet: string, headings: readonly string[]) =>
    `The sheet ${quoted(sheet)} has ${headings.length === 1 ? "a column" : "columns"} ToC Studio does not use, which ${headings.length === 1 ? "was" : "were"} not imported: ${headings.map(quoted).join(", ")}.`,
} as const;
