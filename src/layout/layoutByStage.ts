// Auto-layout by stage: every staged element goes to its own stage band
// (x = stageAlong(stage), exactly), ELK's layered algorithm decides the order
// within each band so links cross as little as it can manage, and each band is
// stacked GAP apart and centred on one shared y. Unstaged elements (notes,
// assumptions) form a column before the first stage, each as near the
// elements it links to as the stack allows. When elements are grouped, each
// group gets a lane of its own across the stages, so group frames never overlap. With `only`, just those elements
// move, laid out among themselves, the selection's top-left kept.
// The same input (in any element order) gives the same positions. Pinned by
// tests/node/layout: bands, no overlaps, unstaged column, determinism, tidy
// selection, hostile input, a 1,000-element graph.
import type { ElkNode } from "elkjs/lib/elk-api";
import { fromView, NODE_WIDTH, type Point, STAGE_SPAN, stageAlong } from "../domain/geometry";
import { type StageId, stageIndex } from "../domain/stages";
import { MAX_COORDINATE } from "../domain/text";
import { type CleanElement, cleanInput } from "./cleanInput";
import { centredColumn, GAP, placeNear, snapRound, stack, stackFrom } from "./columns";
import { type ElkLike, LayoutError, type LayoutInput, type LayoutResult } from "./types";

/** The column of unstaged elements, before the first stage (as `domain/placement.ts`). */
export const UNSTAGED_X = -STAGE_SPAN + 40;

/**
 * ELK layered, left to right in document units. INTERACTIVE layering takes each node's layer
 * from its x, which we set from its stage, so each stage is exactly one ELK layer (ELK's
 * partitioning does the same but adds an edge between every pair of nodes in neighbouring
 * partitions: 109 s for 1,000 elements in Node). Only the order ELK gives each layer is used, so
 * node placement and edge routing are the cheapest ELK has.
 */
export const ELK_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.layered.layering.strategy": "INTERACTIVE",
  "elk.layered.nodePlacement.strategy": "SIMPLE",
  "elk.edgeRouting": "POLYLINE",
  "elk.separateConnectedComponents": "false",
  "elk.spacing.nodeNode": String(GAP),
  "elk.randomSeed": "1",
};

const rankOf = (e: CleanElement): number => (e.stage === null ? -1 : stageIndex(e.stage));

/** Where an element sits now, as a total order: stage, then y, x and id. */
function byPlace(a: CleanElement, b: CleanElement): number {
  return (
    rankOf(a) - rankOf(b) || a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * ELK's y for each staged element (by its index in `staged`), from a graph of the staged
 * elements and the links between different stages, each pointed forwards (a link back from a
 * later stage still says the two belong near each other). null when there is nothing to order.
 */
async function elkOrder(
  staged: readonly CleanElement[],
  links: readonly [CleanElement, CleanElement][],
  elk: ElkLike,
): Promise<number[] | null> {
  const slot = new Map(staged.map((e, i) => [e, i]));
  const pairs = new Map<string, [number, number]>();
  for (const [a, b] of links) {
    const from = slot.get(rankOf(a) < rankOf(b) ? a : b);
    const to = slot.get(rankOf(a) < rankOf(b) ? b : a);
    if (from === undefined || to === undefined || a.stage === b.stage) continue;
    pairs.set(`${from}>${to}`, [from, to]);
  }
  // In element order, not the input's link order: the same document gives the same layout.
  const edges = [...pairs.values()]
    .sort((p, q) => p[0] - q[0] || p[1] - q[1])
    .map(([from, to], k) => ({ id: `l${k}`, sources: [`n${from}`], targets: [`n${to}`] }));
  if (edges.length === 0) return null;
  const graph: ElkNode = {
    id: "root",
    layoutOptions: ELK_OPTIONS,
    // Ids are our own (n0, n1, …): element ids are whatever the document holds.
    children: staged.map((e, i) => ({
      id: `n${i}`,
      x: rankOf(e) * STAGE_SPAN,
      y: e.y,
      width: NODE_WIDTH,
      height: e.height,
    })),
    edges,
  };
  const laid = await elk.layout(graph);
  const ys: number[] = staged.map((e) => e.y);
  for (const child of laid.children ?? []) {
    const i = Number(child.id.slice(1));
    if (Number.isInteger(i) && i >= 0 && i < ys.length && Number.isFinite(child.y)) {
      ys[i] = child.y as number;
    }
  }
  return ys;
}

type Placed = Map<CleanElement, Point>;

/** Staged elements: each band in ELK's order, stacked and centred on `centre`. */
async function placeStaged(
  staged: readonly CleanElement[],
  links: readonly [CleanElement, CleanElement][],
  elk: ElkLike,
  centre: number,
  placed: Placed,
): Promise<void> {
  const ys = await elkOrder(staged, links, elk);
  const order = staged.map((_, i) => i);
  if (ys) order.sort((a, b) => ys[a] - ys[b] || a - b);
  const bands = new Map<StageId, CleanElement[]>();
  for (const i of order) {
    const stage = staged[i].stage as StageId;
    const band = bands.get(stage);
    if (band) band.push(staged[i]);
    else bands.set(stage, [staged[i]]);
  }
  const lanes = new Set(staged.map((e) => e.lane));
  if (lanes.size <= 1) {
    for (const [stage, band] of bands) {
      const tops = centredColumn(
        band.map((e) => e.height),
        centre,
      );
      for (const [k, e] of band.entries()) placed.set(e, { x: stageAlong(stage), y: tops[k] });
    }
    return;
  }
  placeInLanes(bands, centre, placed);
}

/** Room between two groups' lanes: a group frame's padding and name fit in it. */
export const LANE_GAP = 90;

/**
 * Grouped elements: each group a lane across the stages (in the groups' order, ungrouped
 * elements last), as tall as its fullest band; within a lane each band keeps ELK's order and
 * is centred; the lanes together are centred on `centre`. So group frames never overlap.
 */
function placeInLanes(bands: Map<StageId, CleanElement[]>, centre: number, placed: Placed): void {
  const laneKey = (e: CleanElement) => e.lane ?? Number.MAX_SAFE_INTEGER;
  const keys = [...new Set([...bands.values()].flat().map(laneKey))].sort((a, b) => a - b);
  const lanes = keys.map((key) => {
    const columns = [...bands].map(([stage, band]) => ({
      stage,
      members: band.filter((e) => laneKey(e) === key),
    }));
    const height = Math.max(...columns.map((c) => stack(c.members.map((e) => e.height)).height));
    return { columns, height };
  });
  const total = lanes.reduce((sum, lane) => sum + lane.height, 0) + LANE_GAP * (lanes.length - 1);
  let top = snapRound(centre - total / 2);
  for (const lane of lanes) {
    for (const { stage, members } of lane.columns) {
      const tops = centredColumn(
        members.map((e) => e.height),
        top + lane.height / 2,
      );
      for (const [k, e] of members.entries()) placed.set(e, { x: stageAlong(stage), y: tops[k] });
    }
    top = snapRound(top + lane.height + LANE_GAP);
  }
}

/**
 * Unstaged elements, in the column before the first stage: those linked to placed staged
 * elements as near the middle of those as the stack allows, the others stacked below them
 * (or, when none is linked, centred on `centre`).
 */
function placeUnstaged(
  unstaged: readonly CleanElement[],
  links: readonly [CleanElement, CleanElement][],
  centre: number,
  placed: Placed,
): void {
  const partners = new Map<CleanElement, number[]>();
  for (const [a, b] of links) {
    for (const [u, other] of [
      [a, b],
      [b, a],
    ]) {
      const p = placed.get(other);
      if (u.stage !== null || other.stage === null || !p) continue;
      const middles = partners.get(u);
      if (middles) middles.push(p.y + other.height / 2);
      else partners.set(u, [p.y + other.height / 2]);
    }
  }
  const wantedTop = new Map<CleanElement, number>();
  for (const [u, middles] of partners) {
    wantedTop.set(u, middles.reduce((sum, y) => sum + y, 0) / middles.length - u.height / 2);
  }
  const wanted = (u: CleanElement): number => wantedTop.get(u) ?? 0;
  const near = unstaged
    .filter((u) => wantedTop.has(u))
    .sort((a, b) => wanted(a) - wanted(b) || byPlace(a, b));
  const rest = unstaged.filter((u) => !wantedTop.has(u));
  const nearTops = placeNear(
    near.map((u) => u.height),
    near.map(wanted),
  );
  const last = near.length - 1;
  const restTops =
    last >= 0
      ? stackFrom(
          rest.map((u) => u.height),
          nearTops[last] + near[last].height + GAP,
        )
      : centredColumn(
          rest.map((u) => u.height),
          centre,
        );
  for (const [k, u] of near.entries()) placed.set(u, { x: UNSTAGED_X, y: nearTops[k] });
  for (const [k, u] of rest.entries()) placed.set(u, { x: UNSTAGED_X, y: restTops[k] });
}

const least = (values: readonly number[]): number =>
  values.reduce((m, v) => Math.min(m, v), Infinity);

/**
 * New positions for the input's elements (or, with `only`, for just those), snapped to
 * geometry's grid. Rejects with a LayoutError (plain English) only when the result would not
 * fit the document's coordinate range, or when ELK itself fails.
 */
export async function layoutByStage(
  input: LayoutInput,
  elk: ElkLike,
  only?: ReadonlySet<string>,
): Promise<LayoutResult> {
  const clean = cleanInput(input, only);
  const elements = [...clean.elements].sort(byPlace);
  const links = clean.links.map(([s, t]): [CleanElement, CleanElement] => [
    clean.elements[s],
    clean.elements[t],
  ]);
  const result: LayoutResult = new Map();
  if (elements.length === 0) return result;

  // One centre line for every column: the middle of where the elements are now (a tidy
  // selection is moved into place afterwards, so 0 will do for it).
  const top = least(elements.map((e) => e.y));
  const bottom = -least(elements.map((e) => -(e.y + e.height)));
  const centre = only ? 0 : (top + bottom) / 2;

  const placed: Placed = new Map();
  await placeStaged(
    elements.filter((e) => e.stage !== null),
    links,
    elk,
    centre,
    placed,
  );
  placeUnstaged(
    elements.filter((e) => e.stage === null),
    links,
    centre,
    placed,
  );

  // Tidy selection: the laid-out group's top-left goes where the selection's was.
  let dx = 0;
  let dy = 0;
  if (only) {
    const points = [...placed.values()];
    dx = snapRound(least(elements.map((e) => e.x)) - least(points.map((p) => p.x)));
    dy = snapRound(top - least(points.map((p) => p.y)));
  }
  for (const e of elements) {
    const p = placed.get(e) as Point;
    const at = fromView("logic", { x: p.x + dx, y: p.y + dy });
    if (Math.abs(at.x) > MAX_COORDINATE || Math.abs(at.y) > MAX_COORDINATE) {
      throw new LayoutError(
        "This diagram is too tall to arrange automatically. Nothing was moved.",
      );
    }
    result.set(e.id, at);
  }
  return result;
}
