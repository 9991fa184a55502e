// Turns whatever the adapter is given into something safe to lay out, without
// throwing: elements without a string id and repeated ids (the first wins) are
// dropped, unknown stages read as unstaged, unusable coordinates as 0 and
// unusable heights as the nominal height; links whose ends are missing, self
// links and repeated links are dropped. Pinned by the hostile-input tests.
import { NOMINAL_NODE_HEIGHT } from "../domain/geometry";
import { isStageId, type StageId } from "../domain/stages";
import { cleanCoordinate } from "../domain/text";
import type { LayoutInput } from "./types";

/** The tallest box laid out as given; taller (or nonsense) heights count as this. */
export const MAX_BOX_HEIGHT = 2000;

export interface CleanElement {
  id: string;
  stage: StageId | null;
  height: number;
  x: number;
  y: number;
  /** Group lane (0, 1, …), or null when ungrouped. */
  lane: number | null;
}

export interface CleanInput {
  elements: CleanElement[];
  /** Links as [source, target] indices into elements. */
  links: [number, number][];
}

function cleanHeight(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    return NOMINAL_NODE_HEIGHT;
  }
  return Math.min(value, MAX_BOX_HEIGHT);
}

/** @param only when given, only these elements (and links among them) are kept. */
export function cleanInput(input: LayoutInput, only?: ReadonlySet<string>): CleanInput {
  const elements: CleanElement[] = [];
  const index = new Map<string, number>();
  const rawElements: unknown = input?.elements;
  for (const raw of Array.isArray(rawElements) ? rawElements : []) {
    const id: unknown = raw?.id;
    if (typeof id !== "string" || index.has(id)) continue;
    if (only && !only.has(id)) continue;
    index.set(id, elements.length);
    elements.push({
      id,
      stage: isStageId(raw.stage) ? raw.stage : null,
      height: cleanHeight(raw.height),
      x: cleanCoordinate(raw.position?.x) ?? 0,
      y: cleanCoordinate(raw.position?.y) ?? 0,
      lane: Number.isSafeInteger(raw.lane) && raw.lane >= 0 ? raw.lane : null,
    });
  }
  const links: [number, number][] = [];
  const seen = new Set<string>();
  const rawLinks: unknown = input?.links;
  for (const raw of Array.isArray(rawLinks) ? rawLinks : []) {
    const source = index.get(raw?.source);
    const target = index.get(raw?.target);
    if (source === undefined || target === undefined || source === target) continue;
    const key = `${source}>${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push([source, target]);
  }
  return { elements, links };
}
