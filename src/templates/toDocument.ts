// Turning a template spec into an ImportedDocument, the same shape a file
// import produces, so a template becomes a new document through the import
// path (buildImportedState, one IndexedDB transaction). Every element, link,
// group and detail item gets a fresh id; "proposed by" names groups of the
// starting stakeholder register by id. Layout: each staged element in its
// stage's column; each group a lane across the stages (so group frames never
// overlap), centred on y = 0; a note "About this template" (the spec's note)
// sits left of the first stage, level with the top element.
import type { Assumption, StakeholderRole, StartingStakeholderId } from "../domain/details";
import { NOMINAL_NODE_HEIGHT, type Point, STAGE_SPAN, stageAlong } from "../domain/geometry";
import { newId } from "../domain/ids";
import { type StageId, stageIndex } from "../domain/stages";
import type { ImportedDocument } from "../io/tocJson/restore";

type NewElement = ImportedDocument["elements"][number];
type NewLink = ImportedDocument["links"][number];

import type { TemplateAssumption, TemplateElement, TemplateSpec } from "./spec";

/** Distance between the tops of two elements stacked in one column. */
export const TEMPLATE_ROW_GAP = NOMINAL_NODE_HEIGHT + 30;
/** Where the note and any unstaged elements go: a column before the first stage. */
export const TEMPLATE_NOTE_X = -STAGE_SPAN + 40;
export const TEMPLATE_NOTE_TITLE = "About this template";

const withIds = (list: readonly TemplateAssumption[] | undefined): Assumption[] =>
  (list ?? []).map((a) => ({ id: newId(), text: a.text, confidence: a.confidence }));

/** "Proposed by": the starting register's groups, each with the role "proposed". */
function proposedBy(
  ids: readonly StartingStakeholderId[] | undefined,
): Record<string, StakeholderRole> {
  return Object.fromEntries((ids ?? []).map((id) => [id, "proposed"]));
}

/** Extra space between two groups' lanes, so their frames never touch. */
export const TEMPLATE_LANE_GAP = 60;

/**
 * Each element's position. A group is a lane across the stages, as tall as
 * its fullest column, and the lanes follow each other in the spec's group
 * order, so group frames never overlap; in a lane, each column's members are
 * centred, in spec order. Ungrouped elements of a column that a group spans
 * get a lane of their own after the groups; those of a column no group spans
 * (often the resources and the impact) are centred on the whole. Everything
 * is centred on y = 0. Unstaged elements (none in today's templates) stack in
 * the note's column under the note, which is level with the top element.
 */
function layout(spec: TemplateSpec): { positions: Point[]; note: Point } {
  // Lane k < groups.length is group k's; lane groups.length holds the ungrouped.
  const ungrouped = spec.groups.length;
  const laneOf = new Map(spec.groups.map((g, i) => [g.ref, i]));
  const laneIndex = (el: TemplateElement) =>
    el.group === undefined ? ungrouped : (laneOf.get(el.group) ?? ungrouped);
  // Which stages each group spans (first to last column with a member).
  const spans = spec.groups.map(() => ({ from: Infinity, to: -Infinity }));
  const columns = new Map<StageId, number[]>();
  const unstaged: number[] = [];
  spec.elements.forEach((el, i) => {
    if (!el.stage) {
      unstaged.push(i);
      return;
    }
    const column = columns.get(el.stage);
    if (column) column.push(i);
    else columns.set(el.stage, [i]);
    const k = laneIndex(el);
    if (k !== ungrouped) {
      spans[k].from = Math.min(spans[k].from, stageIndex(el.stage));
      spans[k].to = Math.max(spans[k].to, stageIndex(el.stage));
    }
  });
  const spanned = (stage: StageId) =>
    spans.some((s) => s.from <= stageIndex(stage) && stageIndex(stage) <= s.to);

  // Rows per lane (the groups', then the ungrouped lane of spanned columns).
  const rows = new Array<number>(ungrouped + 1).fill(0);
  for (const [stage, members] of columns) {
    const counts = new Array<number>(rows.length).fill(0);
    for (const i of members) {
      const k = laneIndex(spec.elements[i]);
      if (k !== ungrouped || spanned(stage)) counts[k]++;
    }
    counts.forEach((n, k) => {
      rows[k] = Math.max(rows[k], n);
    });
  }
  // Each lane's first row, the lanes one after another.
  const laneTop: number[] = [];
  let next = 0;
  let lastTop = 0;
  rows.forEach((n, k) => {
    laneTop[k] = next;
    if (n === 0) return;
    lastTop = next + (n - 1) * TEMPLATE_ROW_GAP;
    next += n * TEMPLATE_ROW_GAP + TEMPLATE_LANE_GAP;
  });
  const shift = -lastTop / 2; // the first and last rows' tops sit either side of y = 0

  const positions: Point[] = new Array(spec.elements.length);
  let top = Infinity;
  const place = (i: number, x: number, y: number) => {
    positions[i] = { x, y: y + 0 }; // + 0 turns -0 into 0
    top = Math.min(top, y);
  };
  for (const [stage, members] of columns) {
    const x = stageAlong(stage);
    const lanes = new Map<number, number[]>();
    const centred: number[] = [];
    for (const i of members) {
      const k = laneIndex(spec.elements[i]);
      if (k === ungrouped && !spanned(stage)) {
        centred.push(i);
        continue;
      }
      const list = lanes.get(k);
      if (list) list.push(i);
      else lanes.set(k, [i]);
    }
    for (const [k, list] of lanes) {
      const offset = ((rows[k] - list.length) / 2) * TEMPLATE_ROW_GAP;
      list.forEach((i, row) => {
        place(i, x, shift + laneTop[k] + offset + row * TEMPLATE_ROW_GAP);
      });
    }
    const first = ((1 - centred.length) / 2) * TEMPLATE_ROW_GAP;
    centred.forEach((i, row) => {
      place(i, x, first + row * TEMPLATE_ROW_GAP);
    });
  }
  const note = { x: TEMPLATE_NOTE_X, y: Number.isFinite(top) ? top : 0 };
  unstaged.forEach((i, row) => {
    positions[i] = { x: TEMPLATE_NOTE_X, y: note.y + (row + 1) * TEMPLATE_ROW_GAP };
  });
  return { positions, note };
}

export function templateToImported(spec: TemplateSpec, now: number): ImportedDocument {
  const groups = spec.groups.map((g) => ({ ref: g.ref, id: newId(), title: g.title }));
  const groupId = new Map(groups.map((g) => [g.ref, g.id]));
  const elementId = new Map(spec.elements.map((el) => [el.ref, newId()]));
  const { positions, note } = layout(spec);

  const elements: NewElement[] = spec.elements.map((el, i) => ({
    id: elementId.get(el.ref) ?? newId(),
    kind: el.kind,
    stage: el.stage ?? null,
    title: el.title,
    description: el.description ?? "",
    position: positions[i],
    status: el.status ?? "proposed",
    group: (el.group && groupId.get(el.group)) || null,
    assumptions: withIds(el.assumptions),
    indicators: (el.indicators ?? []).map((ind) => ({ ...ind, id: newId() })),
    evidence: (el.evidence ?? []).map((ev) => ({ ...ev, id: newId() })),
    stakeholders: proposedBy(el.proposedBy),
  }));
  elements.push({
    id: newId(),
    kind: "note",
    stage: null,
    title: TEMPLATE_NOTE_TITLE,
    description: spec.note,
    position: note,
  });

  const links: NewLink[] = [];
  for (const link of spec.links) {
    const source = elementId.get(link.from);
    const target = elementId.get(link.to);
    if (!source || !target) continue; // the template tests rule this out
    links.push({
      id: newId(),
      source,
      target,
      rationale: link.rationale ?? "",
      assumptions: withIds(link.assumptions),
    });
  }

  return {
    title: spec.title,
    framing: spec.framing,
    createdAt: now,
    elements,
    links,
    ceiling: null,
    stakeholders: null,
    groups: groups.map(({ id, title }) => ({ id, title })),
    dismissals: [],
  };
}
