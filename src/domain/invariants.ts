// App invariants every replica must hold after any sequence of edits, syncs
// and reloads. The convergence tests check them; the document layer keeps
// them by filtering what it reads.

import type { TocModel } from "./model";
import { isFiniteNumber } from "./text";

export function invariantProblems(model: TocModel): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const el of model.elements) {
    if (ids.has(el.id)) problems.push(`duplicate element id ${el.id}`);
    ids.add(el.id);
    if (!isFiniteNumber(el.position.x) || !isFiniteNumber(el.position.y)) {
      problems.push(`element ${el.id} has a position that is not a number`);
    }
  }
  const linkIds = new Set<string>();
  for (const link of model.links) {
    if (linkIds.has(link.id) || ids.has(link.id)) problems.push(`duplicate link id ${link.id}`);
    linkIds.add(link.id);
    if (!ids.has(link.source) || !ids.has(link.target)) {
      problems.push(`link ${link.id} points to a missing element`);
    }
    if (link.source === link.target) problems.push(`link ${link.id} joins an element to itself`);
  }
  return problems;
}
