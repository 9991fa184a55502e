// Single precondition: an outcome or impact that exactly one other activity,
// output or outcome links into (several links from that same element count
// once; links from resources, impacts, notes and assumption elements do not
// count). Prompts the "sufficient" question of backwards mapping.
import type { ElementKind } from "../kinds";
import { type Finding, finding } from "./finding";
import type { ModelGraph } from "./graph";
import { named, quote } from "./names";

const PRECONDITION_KINDS: ReadonlySet<ElementKind> = new Set(["activity", "output", "outcome"]);

export function singlePreconditions(graph: ModelGraph): Finding[] {
  const findings: Finding[] = [];
  graph.elements.forEach((el, i) => {
    if (el.kind !== "outcome" && el.kind !== "impact") return;
    let only = -1;
    const linkIds: string[] = [];
    for (const l of graph.incoming[i]) {
      const s = graph.source[l];
      if (!PRECONDITION_KINDS.has(graph.elements[s].kind)) continue;
      if (only !== -1 && only !== s) return; // a second precondition: fine
      only = s;
      linkIds.push(graph.links[l].id);
    }
    if (only === -1) return;
    const precondition = graph.elements[only];
    const message = `${named(el)} has only one precondition, ${quote(precondition.title)}: is it sufficient on its own, or must something else happen too?`;
    findings.push(
      finding("single-precondition", [el.id], message, [el.id, precondition.id], linkIds),
    );
  });
  return findings;
}
