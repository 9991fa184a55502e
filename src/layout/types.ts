// The shapes auto-layout takes and gives, shared by the adapter, the worker
// and its main-thread client. Positions are document units (geometry.ts): x
// along the stages, y across; a position is an element's top-left corner.
import type { ELK } from "elkjs/lib/elk-api";
import type { Point } from "../domain/geometry";
import type { StageId } from "../domain/stages";

export interface LayoutElement {
  id: string;
  /** null for kinds that are not staged (assumption, note). */
  stage: StageId | null;
  /** Accepted for completeness; x is fixed by the stage band, so width never changes the result. */
  width?: number;
  /** The element's height (default NOMINAL_NODE_HEIGHT); boxes in a band never overlap. */
  height?: number;
  position: Point;
  /**
   * The element's group (workstream) as its place in the document's list of groups; absent
   * when ungrouped. Each group gets a lane of its own across the stages, so group frames never
   * overlap.
   */
  lane?: number;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export interface LayoutInput {
  elements: readonly LayoutElement[];
  links: readonly LayoutLink[];
}

/** New top-left positions by element id, snapped to geometry's 1/1024 grid. */
export type LayoutResult = Map<string, Point>;

/** What the adapter needs of elkjs (an `ELK` instance), so tests can pass one directly. */
export type ElkLike = Pick<ELK, "layout">;

/** The most the worker accepts in one request. */
export const MAX_LAYOUT_ELEMENTS = 10_000;
export const MAX_LAYOUT_LINKS = 20_000;

/** A failure whose message is plain English, fit to show as is. */
export class LayoutError extends Error {
  override name = "LayoutError";
}
