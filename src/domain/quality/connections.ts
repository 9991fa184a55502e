// Element not connected: a staged element (resource, activity, output,
// outcome, impact) with no link at all to another existing element. Notes and
// assumption elements are exempt. A link to a note still counts as a link.
import { type Finding, finding } from "./finding";
import type { ModelGraph } from "./graph";
import { named } from "./names";

export function unconnectedElements(graph: ModelGraph): Finding[] {
  const findings: Finding[] = [];
  graph.elements.forEach((el, i) => {
    if (!graph.staged[i] || graph.degree[i] > 0) return;
    const message = `${named(el)} is not connected to anything: link it to what leads to it or what it leads to.`;
    findings.push(finding("unconnected-element", [el.id], message, [el.id]));
  });
  return findings;
}
