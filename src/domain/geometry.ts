// Positions are stored once, in document units where x runs along the stages
// (inputs → impact) and y across them. Each framing shows that plane its own
// way: the logic model as is (left to right); the theory of change turned so
// impact is at the top, scaled so wide nodes fit across and bands stay short.
// fromView snaps to a fine binary grid (1/1024 unit, far below a pixel), so
// every position the app writes is a grid point and fromView(toView(p)) === p
// exactly for those: dropping a node where it is shown never changes the
// document (the 2.4 scale alone is not exactly invertible in floating point).
// Pinned by a test.
import { type FramingId, STAGE_IDS, type StageId, stageIndex } from "./stages";

export interface Point {
  x: number;
  y: number;
}

export const STAGE_SPAN = 280;
export const NODE_WIDTH = 200;
export const NOMINAL_NODE_HEIGHT = 80;
const STAGES_LENGTH = STAGE_IDS.length * STAGE_SPAN;
const TOC_ACROSS_SCALE = 2.4;
const TOC_ALONG_SCALE = 0.5;
const HALF_W = NODE_WIDTH / 2;
const HALF_H = NOMINAL_NODE_HEIGHT / 2;

export function toView(framing: FramingId, p: Point): Point {
  if (framing === "logic") return { x: p.x, y: p.y };
  return {
    x: (p.y + HALF_H) * TOC_ACROSS_SCALE - HALF_W,
    y: (STAGES_LENGTH - (p.x + HALF_W)) * TOC_ALONG_SCALE - HALF_H,
  };
}

const GRID = 1024;
const snap = (n: number): number => Math.round(n * GRID) / GRID + 0; // + 0 turns -0 into 0

export function fromView(framing: FramingId, v: Point): Point {
  if (framing === "logic") return { x: snap(v.x), y: snap(v.y) };
  return {
    x: snap(STAGES_LENGTH - (v.y + HALF_H) / TOC_ALONG_SCALE - HALF_W),
    y: snap((v.x + HALF_W) / TOC_ACROSS_SCALE - HALF_H),
  };
}

export interface Band {
  stage: StageId;
  /** Rectangle in view coordinates; the across extent is unbounded (-/+ Infinity). */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The band of a stage in view coordinates, across an extent [from, to]. */
export function stageBand(framing: FramingId, stage: StageId, from: number, to: number): Band {
  const i = stageIndex(stage);
  if (framing === "logic") {
    return { stage, x: i * STAGE_SPAN, y: from, width: STAGE_SPAN, height: to - from };
  }
  const span = STAGE_SPAN * TOC_ALONG_SCALE;
  return { stage, x: from, y: (STAGE_IDS.length - 1 - i) * span, width: to - from, height: span };
}

/** Where a new element of a stage sits along the stage axis (document units). */
export function stageAlong(stage: StageId): number {
  return stageIndex(stage) * STAGE_SPAN + (STAGE_SPAN - NODE_WIDTH) / 2;
}

/** The stage band a document-unit position falls in, if any. */
export function stageAt(p: Point): StageId | null {
  const i = Math.floor((p.x + HALF_W) / STAGE_SPAN);
  return STAGE_IDS[i] ?? null;
}
