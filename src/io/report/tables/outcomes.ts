// Outcomes and indicators: one row per indicator; an outcome (or impact)
// without indicators gets one row saying "No indicator yet". Other kinds
// appear only when they carry indicators. Rows follow the framing's stage order.
import { inStageOrder, type ReportContext } from "../context";
import { plain } from "../text";
import type { ReportTable } from "../types";
import { makeTable } from "./table";

const COLUMNS = [
  { title: "Outcome", width: 14 },
  { title: "Stage", width: 10 },
  { title: "Measure", width: 14 },
  { title: "Population", width: 11 },
  { title: "Baseline", width: 9 },
  { title: "Target", width: 10 },
  { title: "Threshold", width: 12 },
  { title: "By when", width: 8 },
  { title: "Data source", width: 12 },
];

export function outcomesTable(ctx: ReportContext): ReportTable {
  const { elements } = ctx.graph;
  const chosen = elements.flatMap((el, i) =>
    el.kind === "outcome" || el.kind === "impact" || el.indicators.length > 0 ? [i] : [],
  );
  const rows = inStageOrder(ctx, chosen).flatMap((i) => {
    const shown = ctx.elements[i];
    const stage = shown.stageName || shown.kindLabel;
    if (elements[i].indicators.length === 0) {
      return [[shown.title, stage, "No indicator yet", "", "", "", "", "", ""]];
    }
    return elements[i].indicators.map((ind) => [
      shown.title,
      stage,
      plain(ind.measure) || "Not stated",
      plain(ind.population),
      plain(ind.baseline),
      plain(ind.target),
      plain(ind.threshold),
      plain(ind.byWhen),
      plain(ind.dataSource),
    ]);
  });
  return makeTable(COLUMNS, rows, "There are no outcomes yet.");
}
