// Where elements without a usable position go: into their stage band (x from
// stageAlong), stacked below whatever already sits in that band. Unstaged kinds
// (notes, assumptions) get a column just past the impact band.
import {
  NODE_WIDTH,
  NOMINAL_NODE_HEIGHT,
  type Point,
  STAGE_SPAN,
  stageAlong,
} from "../../domain/geometry";
import { STAGE_IDS, type StageId, stageIndex } from "../../domain/stages";
import { MAX_COORDINATE } from "../../domain/text";

const STEP = NOMINAL_NODE_HEIGHT + 40;
const UNSTAGED_COLUMN = STAGE_IDS.length;

function columnOfPoint(p: Point): number {
  return Math.floor((p.x + NODE_WIDTH / 2) / STAGE_SPAN);
}

function columnX(column: number, stage: StageId | null): number {
  return stage ? stageAlong(stage) : column * STAGE_SPAN + (STAGE_SPAN - NODE_WIDTH) / 2;
}

export class AutoPlacer {
  private readonly next = new Map<number, number>();

  /** `placed`: the positions the file did give, so new ones go below them. */
  constructor(placed: Iterable<Point>) {
    const bottom = new Map<number, number>();
    for (const p of placed) {
      const col = columnOfPoint(p);
      bottom.set(col, Math.max(bottom.get(col) ?? -Infinity, p.y));
    }
    for (const [col, y] of bottom) this.next.set(col, y + STEP);
  }

  place(stage: StageId | null): Point {
    const column = stage ? stageIndex(stage) : UNSTAGED_COLUMN;
    let y = this.next.get(column) ?? 0;
    // Never leave the coordinate range (commands refuse such positions);
    // a pathological file wraps round and overlaps rather than losing elements.
    if (y > MAX_COORDINATE) y = -MAX_COORDINATE;
    this.next.set(column, y + STEP);
    return { x: columnX(column, stage), y: y === 0 ? 0 : y };
  }
}
