// Two path checks over the causal links (see graph.ts), each one backwards walk:
// - an activity with no forward path to any outcome or impact;
// - an outcome with no forward path to any impact, checked only when the model
//   has an impact (without one, the "no impact" check speaks instead).
// Paths may pass through any staged element. An element connected to nothing
// is left to the "not connected" check, so it is not reported twice.
import type { TocElement } from "../model";
import { type Finding, finding } from "./finding";
import { type ModelGraph, reachesGoal } from "./graph";
import { named } from "./names";

const isOutcomeOrImpact = (el: TocElement) => el.kind === "outcome" || el.kind === "impact";
const isImpact = (el: TocElement) => el.kind === "impact";

export function activitiesWithoutOutcome(graph: ModelGraph): Finding[] {
  const reached = reachesGoal(graph, isOutcomeOrImpact);
  const findings: Finding[] = [];
  graph.elements.forEach((el, i) => {
    if (el.kind !== "activity" || reached[i] || graph.degree[i] === 0) return;
    const message = `${named(el)} does not lead to any outcome: what change is it meant to bring about?`;
    findings.push(finding("activity-without-outcome", [el.id], message, [el.id]));
  });
  return findings;
}

export function outcomesWithoutPathToImpact(graph: ModelGraph): Finding[] {
  if (!graph.elements.some(isImpact)) return [];
  const reached = reachesGoal(graph, isImpact);
  const findings: Finding[] = [];
  graph.elements.forEach((el, i) => {
    if (el.kind !== "outcome" || reached[i] || graph.degree[i] === 0) return;
    const message = `${named(el)} has no path to the impact: what longer-term change does it lead to?`;
    findings.push(finding("outcome-without-path-to-impact", [el.id], message, [el.id]));
  });
  return findings;
}
