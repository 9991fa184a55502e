// Tables read back from one of our exports → the same raw document a
// *.toc.json holds → restoreDocument, so every repair (duplicate ids,
// dangling links, unknown kinds, bad numbers) happens in one place. Only the
// sheet-specific things are decided here: readable values back to codes, and
// detail rows attached to the element or link whose id they name.
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

function readElement(row: SheetRow, tally: Tally): Raw {
  const x = number(cell(row, "x"));
  const y = number(cell(row, "y"));
  const stage = cell(row, "stage");
  return {
    id: cell(row, "id"),
    kind: tally.code(READ.kind, cell(row, "kind"), ""),
    // A stage the kind does not allow is fitted (and counted) by restore.
    stage: stage.trim() === "" ? null : (READ.stage(stage) ?? stage),
    title: cell(row, "title"),
    description: cell(row, "description"),
    status: tally.code(READ.status, cell(row, "status"), "proposed"),
    owner: cell(row, "owner"),
    tags: cell(row, "tags")
      .split("\n")
      .map((t) => t.trim())
      .filter(Boolean),
    group: cell(row, "groupId").trim() || null,
    position: x === undefined || y === undefined ? undefined : { x, y },
    // Keys are stakeholder ids from the file: no prototype to reach.
    stakeholders: Object.create(null) as Raw,
    assumptions: [],
    indicators: [],
    evidence: [],
  };
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

  const elements = rows("Elements").map((row) => readElement(row, tally));
  const elementById = firstById(elements);
  const links: Raw[] = rows("Links").map((row) => ({
    id: cell(row, "id"),
    source: cell(row, "source"),
    target: cell(row, "target"),
    rationale: cell(row, "rationale"),
    assumptions: [],
    evidence: [],
  }));
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
    attach("Indicators", "indicators", elementById.get(cell(row, "elementId")), row, {
      id: cell(row, "id"),
      measure: cell(row, "measure"),
      population: cell(row, "population"),
      baseline: cell(row, "baseline"),
      target: cell(row, "target"),
      threshold: cell(row, "threshold"),
      byWhen: cell(row, "byWhen"),
      dataSource: cell(row, "dataSource"),
    });
  }
  const ownerOf = (row: SheetRow) =>
    elementById.get(cell(row, "on")) ?? linkById.get(cell(row, "on"));
  for (const row of rows("Assumptions")) {
    attach("Assumptions", "assumptions", ownerOf(row), row, {
      id: cell(row, "id"),
      text: cell(row, "text"),
      confidence: tally.code(READ.confidence, cell(row, "confidence"), "medium"),
    });
  }
  for (const row of rows("Evidence")) {
    attach("Evidence", "evidence", ownerOf(row), row, {
      id: cell(row, "id"),
      title: cell(row, "title"),
      url: cell(row, "url"),
      type: tally.code(READ.evidenceType, cell(row, "type"), "research"),
      strength: tally.code(READ.strength, cell(row, "strength"), "moderate"),
    });
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
      ? rows("Stakeholders").map((row) => ({ id: cell(row, "id"), name: cell(row, "name") }))
      : undefined,
    groups: rows("Groups").map((row) => ({ id: cell(row, "id"), title: cell(row, "title") })),
    dismissals: rows("Dismissed checks").map((row) => ({
      key: cell(row, "key"),
      reason: cell(row, "reason"),
      by: cell(row, "by"),
      at: readTime(cell(row, "at")),
    })),
    elements,
    links,
  };
  tally.report(repairs);
  return restoreToResult(raw, repairs);
}
