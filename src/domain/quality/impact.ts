// No impact: the model has no element of kind impact and no outcome in the
// long-term stage. Keyed "no-impact"; it also fires on an empty model, since
// backwards mapping starts from the long-term change.
import { type Finding, finding } from "./finding";
import type { ModelGraph } from "./graph";

export function missingImpact(graph: ModelGraph): Finding[] {
  const hasGoal = graph.elements.some(
    (el) => el.kind === "impact" || (el.kind === "outcome" && el.stage === "long"),
  );
  if (hasGoal) return [];
  const message =
    "There is no impact or long-term outcome yet: what is the long-term change all of this is for?";
  return [finding("no-impact", [], message, [])];
}
