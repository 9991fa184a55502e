// Loops: each set of elements whose causal links lead round in a circle (a
// strongly connected component of two or more) is reported once, keyed by its
// sorted ids, naming up to four titles; linkIds are the links inside the loop.
import { type Finding, finding } from "./finding";
import type { ModelGraph } from "./graph";
import { listTitles } from "./names";
import { findLoops } from "./scc";

export function cycles(graph: ModelGraph): Finding[] {
  const loops = findLoops(graph);
  if (loops.length === 0) return [];
  const loopOf = new Int32Array(graph.elements.length).fill(-1);
  loops.forEach((members, k) => {
    for (const i of members) loopOf[i] = k;
  });
  const linkIds: string[][] = loops.map(() => []);
  graph.links.forEach((link, l) => {
    const k = loopOf[graph.source[l]];
    if (k !== -1 && k === loopOf[graph.target[l]]) linkIds[k].push(link.id);
  });
  return loops.map((members, k) => {
    const elements = members.map((i) => graph.elements[i]);
    const ids = elements.map((el) => el.id);
    const message = `${listTitles(elements)} lead round in a loop: a theory of change runs one way, towards the impact, so check the direction of these links.`;
    return finding("cycle", ids, message, ids, linkIds[k]);
  });
}
