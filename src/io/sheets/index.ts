// Spreadsheets: the model as CSV and XLSX tables that import back exactly,
// and import of a hand-made logic-model sheet. Load this module lazily; it
// loads exceljs itself only for XLSX (import `./xlsx` for exportXlsx).
import { fileBaseName } from "../tocJson/fileName";

export { CSV_EXTENSION, CSV_MIME, exportCsv, importCsv } from "./csv";
export { importSheetFile } from "./importSheetFile";

/** `<title>-theory-of-change-YYYY-MM-DD.csv` or `.xlsx`. */
export function sheetDownloadName(title: string, now: Date, format: "csv" | "xlsx"): string {
  return `${fileBaseName(title, now)}.${format}`;
}
