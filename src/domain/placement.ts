// Where a new element goes: in its stage band, below what is already there.
import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, type Point, STAGE_SPAN, stageAlong } from "./geometry";
import type { ElementKind } from "./kinds";
import { defaultStage } from "./kinds";
import type { TocElement } from "./model";
import type { StageId } from "./stages";

const GAP = 30;
const UNSTAGED_X = -STAGE_SPAN + 40;

function isNear(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH / 2 && Math.abs(a.y - b.y) < NOMINAL_NODE_HEIGHT;
}

export function placeNewElement(
  kind: ElementKind,
  stage: StageId | null,
  elements: readonly TocElement[],
  near?: Point,
): Point {
  const band = stage ?? defaultStage(kind);
  if (!band) {
    // Notes and assumptions: beside the selected element, or in a column
    // before the first stage; stepped down until no element sits there.
    let spot = near
      ? { x: near.x + 40, y: near.y + NOMINAL_NODE_HEIGHT + GAP }
      : { x: UNSTAGED_X, y: 0 };
    while (elements.some((e) => isNear(e.position, spot))) {
      spot = { x: spot.x, y: spot.y + NOMINAL_NODE_HEIGHT + GAP };
    }
    return spot;
  }
  const x = stageAlong(band);
  const inBand = elements.filter((e) => e.stage === band);
  if (inBand.length === 0) return { x, y: 0 };
  const lowest = Math.max(...inBand.map((e) => e.position.y));
  return { x, y: lowest + NOMINAL_NODE_HEIGHT + GAP };
}
