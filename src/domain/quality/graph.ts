// An index over the model that every check shares, built once per run in
// linear time. Invariants (pinned by tests): a link to a missing element, or
// from an element to itself, is ignored everywhere; an element id seen twice
// keeps its first element; "causal" links join two staged elements (resource,
// activity, output, outcome, impact) — links to notes and assumption elements
// count as connections but never as causes.
import { KINDS } from "../kinds";
import type { TocElement, TocLink, TocModel } from "../model";

export interface ModelGraph {
  /** The model's elements in model order, first of each id only. */
  readonly elements: readonly TocElement[];
  /** Links whose two ends exist and differ, in model order. */
  readonly links: readonly TocLink[];
  /** Element index of each link's source and target (same order as `links`). */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** How many links touch each element, of any kind. */
  readonly degree: Int32Array;
  /** Causal links leaving / entering each element, as indexes into `links`. */
  readonly outgoing: readonly number[][];
  readonly incoming: readonly number[][];
  readonly staged: Uint8Array;
}

export function isStagedKind(element: TocElement): boolean {
  return KINDS[element.kind].stages.length > 0;
}

export function buildGraph(model: TocModel): ModelGraph {
  const indexOf = new Map<string, number>();
  const elements: TocElement[] = [];
  for (const el of model.elements) {
    if (indexOf.has(el.id)) continue;
    indexOf.set(el.id, elements.length);
    elements.push(el);
  }
  const n = elements.length;
  const staged = new Uint8Array(n);
  for (let i = 0; i < n; i++) staged[i] = isStagedKind(elements[i]) ? 1 : 0;

  const links: TocLink[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  const degree = new Int32Array(n);
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  const incoming: number[][] = Array.from({ length: n }, () => []);
  for (const link of model.links) {
    const s = indexOf.get(link.source);
    const t = indexOf.get(link.target);
    if (s === undefined || t === undefined || s === t) continue;
    const l = links.length;
    links.push(link);
    sources.push(s);
    targets.push(t);
    degree[s]++;
    degree[t]++;
    if (staged[s] && staged[t]) {
      outgoing[s].push(l);
      incoming[t].push(l);
    }
  }
  return {
    elements,
    links,
    source: Int32Array.from(sources),
    target: Int32Array.from(targets),
    degree,
    outgoing,
    incoming,
    staged,
  };
}

/**
 * Marks every element with a forward causal path to an element matching
 * `isGoal` (goals themselves are marked too).
 */
export function reachesGoal(
  graph: ModelGraph,
  isGoal: (element: TocElement) => boolean,
): Uint8Array {
  const goals: number[] = [];
  graph.elements.forEach((el, i) => {
    if (graph.staged[i] && isGoal(el)) goals.push(i);
  });
  return upstreamFrom(graph, goals);
}

/**
 * Marks the `starts` and every element with a forward causal path to one of
 * them. One backwards breadth-first walk from all starts at once: linear in
 * elements plus links, no recursion.
 */
export function upstreamFrom(graph: ModelGraph, starts: readonly number[]): Uint8Array {
  const reached = new Uint8Array(graph.elements.length);
  const queue: number[] = [];
  for (const i of starts) {
    if (reached[i]) continue;
    reached[i] = 1;
    queue.push(i);
  }
  for (let head = 0; head < queue.length; head++) {
    for (const l of graph.incoming[queue[head]]) {
      const s = graph.source[l];
      if (!reached[s]) {
        reached[s] = 1;
        queue.push(s);
      }
    }
  }
  return reached;
}
