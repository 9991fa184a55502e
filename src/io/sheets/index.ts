// Spreadsheets: the model as CSV and XLSX tables that import back exactly,
// and import of a hand-made logic-model sheet. Load this module lazily (it
// brings papaparse); it loads exceljs itself only when a file is an XLSX.
// exportXlsx lives in `./xlsx`: load that lazily too.
export { exportCsv, importCsv } from "./csv";
export { importSheetFile } from "./importSheetFile";
