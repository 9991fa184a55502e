// The CSS @page rule for a plan: the browser's print dialog and its "Save as
// PDF" take the sheet size and margins from it. Numbers only, so nothing from
// a document can reach the style sheet.
import type { PagePlan } from "./types";

function mm(value: number): string {
  return `${Math.round(value * 100) / 100}mm`;
}

export function pageRule(plan: PagePlan): string {
  return `@page { size: ${mm(plan.sheet.width)} ${mm(plan.sheet.height)}; margin: ${mm(plan.marginMm)}; }`;
}
