// The live quality checks: checkModel runs every check over a model snapshot
// and marks each finding with the dismissal stored under its key, if any.
// Invariants (pinned by tests): findings come in CHECKS order, then model
// order; keys depend only on the ids a finding is about; the run is linear in
// elements plus links and never recurses.
import type { Dismissal } from "../details";
import type { TocModel } from "../model";
import { CHECKS, type CheckId } from "./catalogue";
import { unconnectedElements } from "./connections";
import { cycles } from "./cycles";
import { duplicateTitles } from "./duplicates";
import type { Finding } from "./finding";
import { buildGraph, type ModelGraph } from "./graph";
import { missingImpact } from "./impact";
import { outcomesWithoutIndicator } from "./indicators";
import { linksWithoutRationale } from "./links";
import { activitiesWithoutOutcome, outcomesWithoutPathToImpact } from "./pathways";
import { singlePreconditions } from "./preconditions";
import { outcomesWordedAsActivities } from "./wording";

export { CHECK_IDS, CHECKS, type CheckId, type CheckInfo } from "./catalogue";
export type { Finding } from "./finding";

const RUN: Record<CheckId, (graph: ModelGraph) => Finding[]> = {
  "outcome-without-indicator": outcomesWithoutIndicator,
  "link-without-rationale": linksWithoutRationale,
  "unconnected-element": unconnectedElements,
  "activity-without-outcome": activitiesWithoutOutcome,
  "outcome-without-path-to-impact": outcomesWithoutPathToImpact,
  cycle: cycles,
  "no-impact": missingImpact,
  "outcome-worded-as-activity": outcomesWordedAsActivities,
  "duplicate-title": duplicateTitles,
  "single-precondition": singlePreconditions,
};

export function checkModel(model: TocModel): Finding[] {
  return checkGraph(buildGraph(model), model.dismissals);
}

/** checkModel over a graph the caller has already built from the model. */
export function checkGraph(graph: ModelGraph, stored: readonly Dismissal[]): Finding[] {
  const findings = CHECKS.flatMap(({ id }) => RUN[id](graph));
  if (stored.length === 0) return findings;
  const dismissals = new Map<string, Dismissal>();
  for (const d of stored) if (!dismissals.has(d.key)) dismissals.set(d.key, d);
  return findings.map((f) => {
    const dismissal = dismissals.get(f.key);
    return dismissal ? { ...f, dismissal } : f;
  });
}
