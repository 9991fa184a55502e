// What to highlight on the canvas: the pathway through an element (everything
// upstream that leads to it and everything downstream it leads to, following
// links in their direction), and the elements a stakeholder group proposed,
// endorsed or challenged. Pure; the canvas dims everything not returned.
import type { StakeholderRole } from "./details";
import type { TocModel } from "./model";
import { type StageId, stageIndex } from "./stages";

export interface Highlight {
  elements: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

function walk(start: string, next: ReadonlyMap<string, string[]>, into: Set<string>): void {
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const other of next.get(id) ?? []) {
      if (into.has(other)) continue;
      into.add(other);
      stack.push(other);
    }
  }
}

/** The element, all it leads to and all that leads to it, and the links among them. */
export function pathwayThrough(model: TocModel, elementId: string): Highlight {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, from: string, to: string) => {
    const list = map.get(from);
    if (list) list.push(to);
    else map.set(from, [to]);
  };
  for (const link of model.links) {
    add(forward, link.source, link.target);
    add(backward, link.target, link.source);
  }
  const downstream = new Set<string>([elementId]);
  const upstream = new Set<string>([elementId]);
  walk(elementId, forward, downstream);
  walk(elementId, backward, upstream);
  const elements = new Set([...downstream, ...upstream]);
  // A link is on the pathway when both its ends are on the same side of the
  // element (or it touches the element): links between two branches are not.
  const links = new Set(
    model.links
      .filter(
        (l) =>
          (downstream.has(l.source) && downstream.has(l.target)) ||
          (upstream.has(l.source) && upstream.has(l.target)),
      )
      .map((l) => l.id),
  );
  return { elements, links };
}

/** Elements the group took this role on, and the links between them. */
export function stakeholderHighlight(
  model: TocModel,
  stakeholderId: string,
  role: StakeholderRole,
): Highlight {
  const elements = new Set(
    model.elements.filter((e) => e.stakeholders[stakeholderId] === role).map((e) => e.id),
  );
  const links = new Set(
    model.links.filter((l) => elements.has(l.source) && elements.has(l.target)).map((l) => l.id),
  );
  return { elements, links };
}

/** Whether an element's stage lies beyond the accountability ceiling ("contributes to"). */
export function beyondCeiling(stage: StageId | null, ceiling: StageId | null): boolean {
  return stage !== null && ceiling !== null && stageIndex(stage) > stageIndex(ceiling);
}
