// XLSX: one workbook, one sheet per table (tables.ts), header row bold,
// frozen and filterable, columns sized, long text wrapped. Every text cell is
// a string cell (never a formula) and is neutralised anyway (cells.ts), so
// the sheet stays inert even after someone saves it as CSV. Import: size caps
// and a ZIP check before unpacking (zipCheck.ts); then our own export is restored
// exactly, and any other workbook's first sheet is read as a hand-made logic
// model. This module is the only one that loads exceljs: load it lazily.
import ExcelJS from "exceljs";
import type { TocModel } from "../../domain/model";
import type { ImportResult } from "../tocJson/parse";
import { cellValueText, encodeXlsxText, neutraliseCell, restoreCell } from "./cells";
import { importTables } from "./fromTables";
import { type GridRow, isOurExport, keyedRows } from "./grid";
import { gridToLogicModel } from "./logicModel";
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, SHEET_MESSAGES } from "./messages";
import { rowHeight } from "./rowHeight";
import { type SheetTables, TABLE_NAMES, TABLES, tableNamed } from "./tables";
import { modelToTables } from "./toTables";
import { checkZip } from "./zipCheck";

const BODY_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFE8ECF2" },
};

export async function exportXlsx(model: TocModel, now: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ToC Studio";
  workbook.title = model.meta.title;
  workbook.created = now;
  workbook.modified = now;
  const tables = modelToTables(model, now);
  for (const name of TABLE_NAMES) {
    const columns = TABLES[name];
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: "frozen", ySplit: 1 }],
      // Printed: landscape A4, as wide as the page, the header on every page.
      pageSetup: {
        orientation: "landscape",
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    sheet.pageSetup.printTitlesRow = "1:1";
    sheet.columns = columns.map((c) => ({
      key: c.key,
      width: c.width,
      style: { font: BODY_FONT, alignment: { vertical: "top", wrapText: c.wrap === true } },
    }));
    const headings = columns.map((c) => c.header);
    const header = sheet.addRow(headings);
    header.font = { ...BODY_FONT, bold: true };
    header.fill = HEADER_FILL;
    header.alignment = { vertical: "middle", wrapText: true };
    header.height =
      rowHeight(
        columns.map((c) => ({ ...c, wrap: true })),
        headings,
      ) ?? 18;
    for (const cells of tables.get(name) ?? []) {
      const row = sheet.addRow(
        cells.map((value) =>
          typeof value === "number" ? value : encodeXlsxText(neutraliseCell(value)),
        ),
      );
      const height = rowHeight(columns, cells);
      if (height) row.height = height;
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

type Step<T> = { ok: true; value: T } | { ok: false; message: string };

async function loadWorkbook(bytes: Uint8Array): Promise<Step<ExcelJS.Workbook>> {
  const zip = await checkZip(bytes);
  if (zip === "damaged") return { ok: false, message: SHEET_MESSAGES.damagedXlsx };
  if (zip === "tooLarge") return { ok: false, message: SHEET_MESSAGES.unpackedTooLarge };
  if (zip === "tooManyRows") return { ok: false, message: SHEET_MESSAGES.sheetTooManyRows };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, message: SHEET_MESSAGES.damagedXlsx };
  }
  return { ok: true, value: workbook };
}

/** A sheet's rows as text (merged cells count once, at their top-left cell). */
function sheetGrid(sheet: ExcelJS.Worksheet): Step<GridRow[]> {
  if (sheet.actualRowCount > MAX_SHEET_ROWS) {
    return { ok: false, message: SHEET_MESSAGES.tooManyRows(sheet.name, sheet.actualRowCount) };
  }
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_SHEET_COLUMNS || cell.type === ExcelJS.ValueType.Merge) return;
      cells[column - 1] = restoreCell(cellValueText(cell.value));
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? "") });
  });
  return { ok: true, value: rows };
}

export async function importXlsx(bytes: Uint8Array, fileName = ""): Promise<ImportResult> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const sheets = loaded.value.worksheets;
  const tables: SheetTables = new Map();
  for (const sheet of sheets) {
    const name = tableNamed(sheet.name);
    if (!name) continue;
    const grid = sheetGrid(sheet);
    if (!grid.ok) return grid;
    const keyed = keyedRows(name, grid.value);
    if (keyed) tables.set(name, keyed);
  }
  if (isOurExport(tables)) return importTables(tables);
  const first = sheets[0];
  if (!first) return { ok: false, message: SHEET_MESSAGES.noSheets };
  const grid = sheetGrid(first);
  if (!grid.ok) return grid;
  return gridToLogicModel(grid.value, first.name, fileName);
}
