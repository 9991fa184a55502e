// A person's own logic-model sheet: one column per stage (headed in the first
// non-blank row), one item per cell below. Each non-empty cell becomes an
// element of that stage's kind (a column of assumptions gives assumption
// elements), stacked in its stage column as the file
// importer places elements without positions; no links (the user draws them).
// A cell's first line is the title, any further lines the description.
// Columns with other headings are reported, not silently lost.
import { newId } from "../../domain/ids";
import { ELEMENT_KINDS, KINDS } from "../../domain/kinds";
import type { StageId } from "../../domain/stages";
import { MAX_ELEMENTS, MESSAGES } from "../tocJson/messages";
import { AutoPlacer } from "../tocJson/placement";
import { RepairLog } from "../tocJson/repairs";
import { type ImportResult, restoreToResult } from "../tocJson/restore";
import { type GridRow, isBlankRow } from "./grid";
import { MAX_SHEET_COLUMNS, SHEET_MESSAGES, SHEET_NOTES } from "./messages";
import { framingOfHeadings, isAssumptionHeading, stageOfHeading } from "./stageHeadings";

const kindOfStage = (stage: StageId) =>
  ELEMENT_KINDS.find((kind) => KINDS[kind].stages.includes(stage)) ?? "note";

/** "my_logic-model.v2.xlsx" → "my logic-model.v2"; folders dropped. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  return base
    .replace(/\.(xlsx|xlsm|csv|tsv|txt)$/i, "")
    .replace(/_+/g, " ")
    .trim();
}

export function gridToLogicModel(
  rows: readonly GridRow[],
  sheetName: string,
  fileName: string,
): ImportResult {
  const content = rows.filter((r) => !isBlankRow(r.cells));
  const [header, ...data] = content;
  if (!header) return { ok: false, message: SHEET_MESSAGES.empty };
  const headings = header.cells.slice(0, MAX_SHEET_COLUMNS).map((h) => h.trim());
  const stages = headings.map(stageOfHeading);
  if (!stages.some(Boolean)) return { ok: false, message: SHEET_MESSAGES.noStageColumns };
  const assumptions = headings.map(isAssumptionHeading);

  // Counted before any element is built: a sheet of a million filled cells is refused at once.
  const items = data.reduce(
    (sum, { cells }) =>
      sum + cells.filter((cell, i) => (stages[i] || assumptions[i]) && cell.trim() !== "").length,
    0,
  );
  if (items > MAX_ELEMENTS) return { ok: false, message: MESSAGES.tooManyElements(items) };

  const repairs = new RepairLog();
  const unknown = headings.flatMap((heading, i) => {
    if (stages[i] || assumptions[i]) return [];
    if (heading) return [heading];
    // A column with items but no heading is still worth a word.
    return data.some((r) => (r.cells[i] ?? "").trim()) ? [`column ${i + 1}, no heading`] : [];
  });
  if (unknown.length > 0) repairs.note(SHEET_NOTES.unknownColumns(sheetName, unknown));

  const placer = new AutoPlacer([]);
  const elements: Record<string, unknown>[] = [];
  // Row by row, left to right, so each column keeps the sheet's order.
  for (const { cells } of data) {
    stages.forEach((stage, i) => {
      const text = (cells[i] ?? "").trim();
      if ((!stage && !assumptions[i]) || !text) return;
      const [title, ...rest] = text.split(/\r\n|\r|\n/);
      elements.push({
        id: newId(),
        kind: stage ? kindOfStage(stage) : "assumption",
        stage: stage ?? null,
        title: title.trim(),
        description: rest.join("\n").trim(),
        position: placer.place(stage ?? null),
      });
    });
  }
  const title = titleFromFileName(fileName);
  return restoreToResult(
    { title: title || undefined, framing: framingOfHeadings(headings), elements, links: [] },
    repairs,
  );
}
