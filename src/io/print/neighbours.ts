// Which sheets a tile joins, written out for the person taping them together.
// Invariant: names exactly the pages whose strips this page shares (left and
// above are the ones to lay it over; right and below lie over it).
import { listOf } from "../report/text";
import type { PagePlan, PlannedPage } from "./types";

export function neighbourNote(plan: PagePlan, page: PlannedPage): string {
  if (plan.fit !== "tiles" || plan.pages.length === 1) return "";
  const at = (row: number, column: number) =>
    plan.pages.find((p) => p.row === row && p.column === column)?.number;
  const sides: Array<[number | undefined, string]> = [
    [at(page.row - 1, page.column), "above"],
    [at(page.row, page.column - 1), "on the left"],
    [at(page.row, page.column + 1), "on the right"],
    [at(page.row + 1, page.column), "below"],
  ];
  const parts = sides.flatMap(([number, side]) => (number ? [`page ${number} ${side}`] : []));
  return `Joins ${listOf(parts)}; the shaded strips overlap.`;
}
