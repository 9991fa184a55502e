// Names and media types of the spreadsheet files, kept apart from the
// writers so the UI can use them without loading papaparse or exceljs.
import { fileBaseName } from "../tocJson/fileName";

export const CSV_MIME = "text/csv;charset=utf-8";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export type SheetFormat = "csv" | "xlsx";

/** For a file input: what importSheetFile reads. */
export const SHEET_ACCEPT = `.csv,.xlsx,text/csv,${XLSX_MIME}`;

/** `<title>-theory-of-change-YYYY-MM-DD.csv` or `.xlsx`. */
export function sheetDownloadName(title: string, now: Date, format: SheetFormat): string {
  return `${fileBaseName(title, now)}.${format}`;
}
