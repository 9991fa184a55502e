// CSV: one file holding every table of the XLSX, one after another. Each row
// starts with the name of its table ("Elements", "Links"…); the first row of
// each table is its header; a blank row separates the tables. So the file
// opens as plain rows in any spreadsheet, a person can filter on the first
// column, and it reads back exactly. (A ZIP of CSVs would not open in Excel;
// folding details into columns of the Elements table could not be exact
// without packing lists into cells.) UTF-8 with a byte-order mark so Excel
// reads it as UTF-8; CRLF line ends; text cells neutralised (cells.ts).
import Papa from "papaparse";
import type { TocModel } from "../../domain/model";
import type { ImportResult } from "../tocJson/parse";
import { neutraliseCell, restoreCell } from "./cells";
import { importTables } from "./fromTables";
import { type GridRow, isBlankRow, isOurExport, keyedRows } from "./grid";
import { gridToLogicModel } from "./logicModel";
import { MAX_SHEET_ROWS, SHEET_MESSAGES } from "./messages";
import { type SheetTables, TABLE_NAMES, TABLES, type TableName, tableNamed } from "./tables";
import { modelToTables } from "./toTables";

const BOM = "\uFEFF";

const writeCell = (value: string | number) =>
  typeof value === "number" ? String(value) : neutraliseCell(value);

export function exportCsv(model: TocModel, now: Date): string {
  const tables = modelToTables(model, now);
  const rows: string[][] = [];
  for (const name of TABLE_NAMES) {
    if (rows.length > 0) rows.push([]);
    rows.push([name, ...TABLES[name].map((c) => c.header)]);
    for (const row of tables.get(name) ?? []) rows.push([name, ...row.map(writeCell)]);
  }
  return `${BOM}${Papa.unparse(rows, { newline: "\r\n", quotes: false })}\r\n`;
}

type Grid = { ok: true; rows: GridRow[] } | { ok: false; message: string };

/**
 * The CSV's records as cell text, apostrophe prefixes removed. Rows past
 * MAX_SHEET_ROWS are counted, never kept, so a huge file costs little memory.
 */
export function parseCsvGrid(text: string, delimiter: string): Grid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, message: SHEET_MESSAGES.empty };
  if (body.includes("\u0000")) return { ok: false, message: SHEET_MESSAGES.notText };
  const rows: GridRow[] = [];
  let line = 0;
  let count = 0;
  let unclosedQuote = false;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: ({ data, errors }) => {
      // A quoted cell that never closes: the file was cut short or damaged.
      if (errors.some((e) => e.code === "MissingQuotes")) unclosedQuote = true;
      line++;
      // Blank rows (a table separator, the end of the file) do not count towards the limit.
      if (!isBlankRow(data)) count++;
      if (count <= MAX_SHEET_ROWS) rows.push({ row: line, cells: data.map(restoreCell) });
    },
  });
  if (unclosedQuote) return { ok: false, message: SHEET_MESSAGES.damagedCsv };
  if (count > MAX_SHEET_ROWS) return { ok: false, message: SHEET_MESSAGES.csvTooManyRows(count) };
  return { ok: true, rows };
}

/** Our CSV's rows, split into tables by their first cell. */
function csvTables(rows: readonly GridRow[]): SheetTables | null {
  const byTable = new Map<TableName, GridRow[]>();
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const name = tableNamed(cells[0] ?? "");
    if (!name) continue;
    const list = byTable.get(name) ?? [];
    list.push({ row, cells: cells.slice(1) });
    byTable.set(name, list);
  }
  const tables: SheetTables = new Map();
  for (const [name, list] of byTable) {
    const keyed = keyedRows(name, list);
    if (keyed) tables.set(name, keyed);
  }
  return isOurExport(tables) ? tables : null;
}

/**
 * A CSV: our own export is restored exactly; anything else is read as a
 * hand-made logic model (one column per stage), titled from `fileName`.
 */
export function importCsv(text: string, fileName = ""): ImportResult {
  const ours = parseCsvGrid(text, ",");
  if (!ours.ok) return ours;
  const tables = csvTables(ours.rows);
  if (tables) return importTables(tables);
  // Excel in many locales saves with semicolons (or tabs): guess the delimiter.
  const guessed = parseCsvGrid(text, "");
  if (!guessed.ok) return guessed;
  const resaved = csvTables(guessed.rows);
  if (resaved) return importTables(resaved);
  return gridToLogicModel(guessed.rows, "CSV", fileName);
}
