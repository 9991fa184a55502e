// The tables a theory of change is written as, in the XLSX (one sheet each)
// and in the CSV (one after another). Each column has a stable machine key
// and a readable header; the importer accepts either, ignoring case and
// punctuation. Columns marked `forReading` repeat a title next to an id so a
// person can follow the sheet; the importer ignores them (ids decide).
// Header texts are part of the file format: change them only with care.

export type TableName =
  | "Document"
  | "Elements"
  | "Links"
  | "Indicators"
  | "Assumptions"
  | "Evidence"
  | "Stakeholder roles"
  | "Stakeholders"
  | "Groups"
  | "Dismissed checks";

export interface Column {
  key: string;
  header: string;
  /** Width in characters in the XLSX. */
  width: number;
  /** Long text: wrapped in the XLSX. */
  wrap?: boolean;
  /** Written as a number cell (positions). */
  numeric?: boolean;
  /** Shown for people; the importer ignores it. */
  forReading?: boolean;
}

const col = (key: string, header: string, width: number, extra: Partial<Column> = {}) => ({
  key,
  header,
  width,
  ...extra,
});
const reading = { forReading: true } as const;
const wrap = { wrap: true } as const;

export const TABLES: Record<TableName, readonly Column[]> = {
  Document: [
    col("key", "Key", 14),
    col("value", "Value", 50, wrap),
    col("about", "About", 60, { ...wrap, ...reading }),
  ],
  Elements: [
    col("id", "Id", 20),
    col("kind", "Kind", 12),
    col("stage", "Stage", 22),
    col("title", "Title", 40, wrap),
    col("description", "Description", 60, wrap),
    col("status", "Status", 12),
    col("owner", "Owner", 20, wrap),
    col("tags", "Tags (one per line)", 20, wrap),
    col("groupId", "Group id", 20),
    col("group", "Group", 24, { ...wrap, ...reading }),
    col("x", "Position x", 12, { numeric: true }),
    col("y", "Position y", 12, { numeric: true }),
  ],
  Links: [
    col("id", "Id", 20),
    col("source", "From id", 20),
    col("target", "To id", 20),
    col("sourceTitle", "From", 30, { ...wrap, ...reading }),
    col("targetTitle", "To", 30, { ...wrap, ...reading }),
    col("rationale", "Because (rationale)", 50, wrap),
  ],
  Indicators: [
    col("elementId", "Element id", 20),
    col("elementTitle", "Element", 30, { ...wrap, ...reading }),
    col("id", "Indicator id", 20),
    col("measure", "Measure", 40, wrap),
    col("population", "Population", 24, wrap),
    col("baseline", "Baseline", 16, wrap),
    col("target", "Target", 16, wrap),
    col("threshold", "Threshold", 16, wrap),
    col("byWhen", "By when", 14, wrap),
    col("dataSource", "Data source", 24, wrap),
  ],
  Assumptions: [
    col("on", "On id (element or link)", 22),
    col("onTitle", "On", 30, { ...wrap, ...reading }),
    col("id", "Assumption id", 20),
    col("text", "Assumption", 60, wrap),
    col("confidence", "Confidence", 12),
  ],
  Evidence: [
    col("on", "On id (element or link)", 22),
    col("onTitle", "On", 30, { ...wrap, ...reading }),
    col("id", "Evidence id", 20),
    col("title", "Title", 40, wrap),
    col("url", "Link", 40, wrap),
    col("type", "Type", 16),
    col("strength", "Strength", 12),
  ],
  "Stakeholder roles": [
    col("elementId", "Element id", 20),
    col("elementTitle", "Element", 30, { ...wrap, ...reading }),
    col("stakeholderId", "Stakeholder id", 20),
    col("stakeholder", "Stakeholder group", 30, { ...wrap, ...reading }),
    col("role", "Role", 12),
  ],
  Stakeholders: [col("id", "Id", 20), col("name", "Name", 40, wrap)],
  Groups: [col("id", "Id", 20), col("title", "Title", 40, wrap)],
  "Dismissed checks": [
    col("key", "Check key", 40, wrap),
    col("reason", "Reason", 50, wrap),
    col("by", "Dismissed by", 20),
    col("at", "When", 24),
  ],
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The Document table's first row: how an export of ours is recognised. */
export const FORMAT_KEY = "format";
export const FORMAT_VALUE = "ToC Studio spreadsheet 1";

/** Case, spaces and punctuation ignored: "Short-term outcomes" = "short term outcomes". */
export function normaliseHeading(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function tableNamed(text: string): TableName | undefined {
  const wanted = normaliseHeading(text);
  return TABLE_NAMES.find((name) => normaliseHeading(name) === wanted);
}

/** Column index (in `headings`) → column key, for the columns this table knows. */
export function matchColumns(table: TableName, headings: readonly string[]): Map<number, string> {
  const byHeading = new Map<string, string>();
  for (const column of TABLES[table]) {
    byHeading.set(normaliseHeading(column.header), column.key);
    byHeading.set(normaliseHeading(column.key), column.key);
  }
  const matched = new Map<number, string>();
  const used = new Set<string>();
  headings.forEach((heading, index) => {
    const key = byHeading.get(normaliseHeading(heading));
    if (key && !used.has(key)) {
      matched.set(index, key);
      used.add(key);
    }
  });
  return matched;
}

/** One data row read back: column key → cell text (apostrophe prefix removed). */
export interface SheetRow {
  /** 1-based row number in its sheet (or line in the CSV), for messages. */
  row: number;
  cells: ReadonlyMap<string, string>;
}

export interface SheetTable {
  /** Keys of the columns its header row names. */
  columns: ReadonlySet<string>;
  rows: SheetRow[];
}

export type SheetTables = Map<TableName, SheetTable>;

/** One row to write: a cell per column, in column order. */
export type WrittenRow = Array<string | number>;
export type WrittenTables = Map<TableName, WrittenRow[]>;
