// One sentence saying what will print, for the status line above the preview.
import { type PagePlan, paperLabel } from "../../io/print";
import { plural } from "../common/format";

// Below this, 12 px labels print under about 5 pt.
const SMALL_TEXT_SCALE = 0.6;

export function planSummary(plan: PagePlan): string {
  const paper = `${paperLabel(plan.paper)} ${plan.orientation}`;
  const percent = `${Math.round(plan.scale * 100)} %`;
  if (plan.fit === "one-page") {
    const small =
      plan.scale < SMALL_TEXT_SCALE ? " Its text will print small: tiles print it larger." : "";
    return `1 page, ${paper}, the diagram at ${percent} of its size on screen.${small}`;
  }
  const grid = `${plural(plan.rows, "row")} of ${plural(plan.columns, "column")}`;
  const lowered = plan.scaleReduced
    ? ` The size was lowered to ${percent} so it prints on ${plural(plan.pages.length, "page")}.`
    : ` At ${percent} of the size on screen.`;
  return `${plural(plan.pages.length, "page")} (${grid}), ${paper}, overlapping by ${plan.overlapMm} mm.${lowered}`;
}
