// Tables read back from one of our exports → the same raw document a
// *.toc.json holds → restoreDocument, so every repair (duplicate ids,
// dangling links, unknown kinds, bad numbers) happens in one place. Only the
// sheet-specific things are decided here: readable values back to codes, and
// detail rows attached to the element or link whose id they name. Which
// fields a row holds comes from the record specs (domain/records), so a new
// field is read back as soon as the export writes its column.

import { ASSUMPTION, EVIDENCE, INDICATOR } from "../../domain/records/details";
import { ELEMENT, LINK } from "../../domain/records/elements";
import { type Field, type Fields, fieldEntries } from "../../domain/records/field";
import { DISMISSAL, ELEMENT_GROUP, STAKEHOLDER_GROUP } from "../../domain/records/registers";
import { RepairLog } from "../tocJson/repairs";
import { type ImportResult, restoreToResult } from "../tocJson/restore";
import { READ } from "./labels";
import { SHEET_MESSAGES, SHEET_NOTES } from "./messages";
import type { SheetRow, SheetTables, TableName } from "./tables";

type Raw = Record<string, unknown>;

/** Counts what could not be understood, for the repair notes. */
class Tally {
  unrecognised = 0;
  private readonly missing = new Map<TableName, { row: number; what: string; n: number }>();

  /** A coded cell: its code, blank as `blank`, anything else counted and passed on raw. */
  code<T>(read: (text: string) => T | undefined, text: string, blank: T | null): T | string | null {
    if (text.trim() === "") return blank;
    const code = read(text);
    if (code !== undefined) return code;
    this.unrecognised++;
    return text;
  }

  missed(table: TableName, row: number, what: string): void {
    const seen = this.missing.get(table);
    if (seen) seen.n++;
    else this.missing.set(table, { row, what, n: 1 });
  }

  report(repairs: RepairLog): void {
    for (const [table, { row, what, n }] of this.missing) {
      repairs.note(SHEET_NOTES.rowNamesMissing(table, row, what, n - 1));
    }
    if (this.unrecognised > 0) repairs.note(SHEET_NOTES.unrecognised(this.unrecognised));
  }
}

const cell = (row: SheetRow, key: string) => row.cells.get(key) ?? "";

function number(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** ISO text or a plain number of milliseconds; anything else reads as 0 (unknown). */
export function readTime(text: string): number {
  const n = number(text);
  if (n !== undefined) return n;
  const parsed = Date.parse(text);
  return Number.isFinite(parsed) ? parsed : 0;
}

/** How the cells of coded fields (choices) are read back, by field name. */
export const CODED_CELLS: Readonly<Record<string, (text: string) => string | undefined>> = {
  kind: READ.kind,
  status: READ.status,
  confidence: READ.confidence,
  type: READ.evidenceType,
  strength: READ.strength,
};

/** The column a field is written in, where it is not the field's own name. */
export const FIELD_COLUMNS: Readonly<Record<string, string>> = { group: "groupId" };

function readCell(row: SheetRow, name: string, field: Field<unknown>, tally: Tally): unknown {
  const text = cell(row, FIELD_COLUMNS[name] ?? name);
  switch (field.type) {
    case "choice": {
      // A required choice left blank stays blank, so restore repairs it and says so.
      const read = CODED_CELLS[name] ?? ((t: string) => t);
      return tally.code(read, text, field.required ? "" : (field.default as string));
    }
    case "stage":
      // A stage the kind does not allow is fitted (and counted) by restore.
      return text.trim() === "" ? null : (READ.stage(text) ?? text);
    case "idRef":
      return field.required ? text : text.trim() || null;
    case "number":
      return readTime(text);
    case "point": {
      const x = number(cell(row, "x"));
      const y = number(cell(row, "y"));
      return x === undefined || y === undefined ? undefined : { x, y };
    }
    case "tags":
      // One per line; each is cleaned (and trimmed) by the spec, as every writer does.
      return text.split("\n").filter((t) => t.trim() !== "");
    case "roles":
      // Filled from the Stakeholder roles table; keys are ids from the file: no prototype to reach.
      return Object.create(null) as Raw;
    case "details":
      // Filled from the detail tables.
      return [];
    default:
      return text;
  }
}

/** A row as the raw record a .toc.json holds: every field of the record's spec. */
function readRecord<T>(fields: Fields<T>, row: SheetRow, tally: Tally): Raw {
  const raw: Raw = {};
  for (const [name, field] of fieldEntries(fields)) {
    raw[name] = readCell(row, name, field, tally);
  }
  return raw;
}

/** Rows by id, the first of any duplicates. */
function firstById(rows: readonly Raw[]): Map<string, Raw> {
  const byId = new Map<string, Raw>();
  for (const row of rows) if (!byId.has(row.id as string)) byId.set(row.id as string, row);
  return byId;
}

/** Our own export's tables → the import result, with the repairs summarised. */
export function importTables(tables: SheetTables): ImportResult {
  const repairs = new RepairLog();
  // Without a Document table the title and framing take their defaults.
  if (!tables.has("Elements"))
    return { ok: false, message: SHEET_MESSAGES.missingTable("Elements") };
  if (!tables.has("Document")) repairs.note(SHEET_NOTES.noDocumentTable);
  const rows = (name: TableName) => tables.get(name)?.rows ?? [];
  const tally = new Tally();
  const meta = new Map<string, string>();
  for (const row of rows("Document")) meta.set(cell(row, "key").trim(), cell(row, "value"));

  const elements = rows("Elements").map((row) => readRecord(ELEMENT, row, tally));
  const elementById = firstById(elements);
  const links = rows("Links").map((row) => readRecord(LINK, row, tally));
  const linkById = firstById(links);

  const attach = (
    table: TableName,
    list: string,
    owner: Raw | undefined,
    row: SheetRow,
    item: Raw,
  ) => {
    if (owner) (owner[list] as Raw[]).push(item);
    else tally.missed(table, row.row, table === "Indicators" ? "an element" : "an element or link");
  };
  for (const row of rows("Indicators")) {
    const element = elementById.get(cell(row, "elementId"));
    attach("Indicators", "indicators", element, row, readRecord(INDICATOR, row, tally));
  }
  const ownerOf = (row: SheetRow) =>
    elementById.get(cell(row, "on")) ?? linkById.get(cell(row, "on"));
  for (const row of rows("Assumptions")) {
    attach("Assumptions", "assumptions", ownerOf(row), row, readRecord(ASSUMPTION, row, tally));
  }
  for (const row of rows("Evidence")) {
    attach("Evidence", "evidence", ownerOf(row), row, readRecord(EVIDENCE, row, tally));
  }
  for (const row of rows("Stakeholder roles")) {
    const element = elementById.get(cell(row, "elementId"));
    if (!element) tally.missed("Stakeholder roles", row.row, "an element");
    else {
      (element.stakeholders as Raw)[cell(row, "stakeholderId")] = tally.code(
        READ.role,
        cell(row, "role"),
        "",
      );
    }
  }

  const framing = meta.get("framing") ?? "";
  const ceiling = meta.get("ceiling") ?? "";
  const raw: Raw = {
    title: meta.get("title"),
    framing: framing.trim() === "" ? undefined : (READ.framing(framing) ?? framing),
    createdAt: readTime(meta.get("createdAt") ?? ""),
    ceiling: ceiling.trim() === "" ? null : (READ.stage(ceiling) ?? ceiling),
    // No Stakeholders sheet: the starting register, as for a version 1 file.
    stakeholders: tables.has("Stakeholders")
      ? rows("Stakeholders").map((row) => readRecord(STAKEHOLDER_GROUP, row, tally))
      : undefined,
    groups: rows("Groups").map((row) => readRecord(ELEMENT_GROUP, row, tally)),
    dismissals: rows("Dismissed checks").map((row) => readRecord(DISMISSAL, row, tally)),
    elements,
    links,
  };
  tally.report(repairs);
  return restoreToResult(raw, repairs);
}
