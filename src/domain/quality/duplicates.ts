// Duplicate titles: two or more elements (of any kind) whose titles match
// after trimming, collapsing white space and folding case. Empty titles are
// ignored. One finding per set, keyed by the set's sorted ids, in the order of
// each set's first element.
import { type Finding, finding } from "./finding";
import type { ModelGraph } from "./graph";
import { quote } from "./names";

const NOT_PLAIN_ASCII = /[^\x20-\x7e]/;

/**
 * NFC (so "é" typed two ways matches), one space between words, then upper and
 * lower case, which folds more than lower case alone ("ß" and "SS" match).
 */
export function titleForComparison(title: string): string {
  const composed = NOT_PLAIN_ASCII.test(title) ? title.normalize("NFC") : title;
  return composed.replace(/\s+/g, " ").trim().toUpperCase().toLowerCase();
}

export function duplicateTitles(graph: ModelGraph): Finding[] {
  const sets = new Map<string, number[]>();
  graph.elements.forEach((el, i) => {
    const title = titleForComparison(el.title);
    if (!title) return;
    const set = sets.get(title);
    if (set) set.push(i);
    else sets.set(title, [i]);
  });
  const findings: Finding[] = [];
  // A Map iterates in insertion order: each set's first element, in model order.
  for (const members of sets.values()) {
    if (members.length < 2) continue;
    const ids = members.map((i) => graph.elements[i].id);
    const title = quote(graph.elements[members[0]].title);
    const message = `${members.length} elements share the title ${title}: are they the same thing? Merge them, or reword one so they can be told apart.`;
    findings.push(finding("duplicate-title", ids, message, ids));
  }
  return findings;
}
