// A sheet as read from either format: rows of cell text, numbered as the
// program that made it numbers them. The first non-blank row is the header;
// blank rows are skipped; apostrophe prefixes (cells.ts) are already removed.
import {
  FORMAT_KEY,
  FORMAT_VALUE,
  matchColumns,
  type SheetTable,
  type SheetTables,
  type TableName,
} from "./tables";

export interface GridRow {
  /** 1-based row (XLSX) or record (CSV) number, for messages. */
  row: number;
  cells: string[];
}

export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** Header + data rows → keyed rows of one of our tables (unknown columns ignored). */
export function keyedRows(table: TableName, rows: readonly GridRow[]): SheetTable | null {
  const content = rows.filter((r) => !isBlankRow(r.cells));
  const [header, ...data] = content;
  if (!header) return null;
  const columns = matchColumns(table, header.cells);
  return {
    columns: new Set(columns.values()),
    rows: data.map(({ row, cells }) => {
      const keyed = new Map<string, string>();
      for (const [index, key] of columns) keyed.set(key, cells[index] ?? "");
      return { row, cells: keyed };
    }),
  };
}

/**
 * Whether these tables came from our export: the Document table names the
 * format, or (someone deleted that sheet) an Elements table has our columns.
 */
export function isOurExport(tables: SheetTables): boolean {
  const named = (tables.get("Document")?.rows ?? []).some(
    (r) =>
      r.cells.get("key")?.trim() === FORMAT_KEY && r.cells.get("value")?.trim() === FORMAT_VALUE,
  );
  const elements = tables.get("Elements")?.columns;
  return named || ["id", "kind", "title"].every((key) => elements?.has(key));
}
