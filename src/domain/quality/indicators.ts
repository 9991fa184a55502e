// Outcome without an indicator: every element of kind outcome needs at least
// one indicator with something written in it (an indicator whose fields are
// all blank does not count). Impact is not checked.
import type { Indicator } from "../details";
import { type Finding, finding } from "./finding";
import type { ModelGraph } from "./graph";
import { named } from "./names";

function isFilledIn(indicator: Indicator): boolean {
  const { measure, population, baseline, target, threshold, byWhen, dataSource } = indicator;
  return [measure, population, baseline, target, threshold, byWhen, dataSource].some(
    (field) => field.trim() !== "",
  );
}

export function outcomesWithoutIndicator(graph: ModelGraph): Finding[] {
  const findings: Finding[] = [];
  for (const el of graph.elements) {
    if (el.kind !== "outcome" || el.indicators.some(isFilledIn)) continue;
    const message = `${named(el)} has no indicator: how will you know it happened?`;
    findings.push(finding("outcome-without-indicator", [el.id], message, [el.id]));
  }
  return findings;
}
