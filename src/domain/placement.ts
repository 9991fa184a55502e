// Where a new element goes: in its stage band, below what is already there.
import { NOMINAL_NODE_HEIGHT, type Point, stageAlong } from "./geometry";
import type { ElementKind } from "./kinds";
import { defaultStage } from "./kinds";
import type { TocElement } from "./model";
import type { StageId } from "./stages";

const GAP = 30;

export function placeNewElement(
  kind: ElementKind,
  stage: StageId | null,
  elements: readonly TocElement[],
  near?: Point,
): Point {
  const band = stage ?? defaultStage(kind);
  if (!band) {
    const base = near ?? { x: 0, y: 0 };
    return { x: base.x + 40, y: base.y + NOMINAL_NODE_HEIGHT + GAP };
  }
  const x = stageAlong(band);
  const inBand = elements.filter((e) => e.stage === band);
  if (inBand.length === 0) return { x, y: 0 };
  const lowest = Math.max(...inBand.map((e) => e.position.y));
  return { x, y: lowest + NOMINAL_NODE_HEIGHT + GAP };
}
