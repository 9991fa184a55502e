// A report table: header, relative widths (normalised to sum to 100) and rows
// of plain strings, every row as long as the header.
import type { ReportTable } from "../types";

export function makeTable(
  columns: readonly { title: string; width: number; link?: boolean }[],
  rows: readonly (readonly string[])[],
  emptyText: string,
): ReportTable {
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  return {
    columns: columns.map((c) => c.title),
    widths: columns.map((c) => (c.width * 100) / total),
    linkColumns: columns.flatMap((c, i) => (c.link ? [i] : [])),
    rows: rows.map((row) => columns.map((_, i) => row[i] ?? "")),
    emptyText,
  };
}

/**
 * A list in one cell: one item per line, each marked "• " when there are
 * several (so wrapped lines are not mistaken for new items); the fallback
 * when empty.
 */
export function joined(items: readonly string[], fallback = "None"): string {
  if (items.length <= 1) return items[0] ?? fallback;
  return items.map((item) => `• ${item}`).join("\n");
}
