// What every part of the report shares, built once per report in linear time:
// the model's graph (dangling links, self-links and duplicate ids already
// dropped by the quality checks' index), each element as the report shows
// it, and the framing's stage order. Within a stage, elements follow their
// place across the stage band (document y), as on the diagram.
import {
  EVIDENCE_STRENGTH_LABELS,
  EVIDENCE_TYPE_LABELS,
  type Evidence,
  isElementStatus,
} from "../../domain/details";
import { KINDS } from "../../domain/kinds";
import type { TocElement, TocModel } from "../../domain/model";
import { beyondCeiling } from "../../domain/pathways";
import { buildGraph, type ModelGraph } from "../../domain/quality/graph";
import { FRAMINGS, type Framing, STAGE_IDS, type StageId } from "../../domain/stages";
import { plain } from "./text";
import type { ReportElement } from "./types";

export interface ReportContext {
  readonly model: TocModel;
  readonly graph: ModelGraph;
  readonly framing: Framing;
  /** Stages in the framing's reading order. */
  readonly stageOrder: readonly StageId[];
  /** Report elements, index-aligned with graph.elements. */
  readonly elements: readonly ReportElement[];
}

export function buildContext(model: TocModel): ReportContext {
  const graph = buildGraph(model);
  const framing = FRAMINGS[model.meta.framing] ?? FRAMINGS.toc;
  const stageOrder = framing.direction === "up" ? [...STAGE_IDS].reverse() : [...STAGE_IDS];
  const elements = graph.elements.map((el) => reportElement(el, framing, model.meta.ceiling));
  return { model, graph, framing, stageOrder, elements };
}

function reportElement(el: TocElement, framing: Framing, ceiling: StageId | null): ReportElement {
  const info = KINDS[el.kind] ?? KINDS.note;
  return {
    id: el.id,
    kindLabel: info.tag,
    stage: el.stage,
    stageName: el.stage ? framing.stageNames[el.stage] : "",
    title: plain(el.title, true) || `Untitled ${info.label.toLowerCase()}`,
    description: plain(el.description),
    status: isElementStatus(el.status) ? el.status : "proposed",
    contributesTo: beyondCeiling(el.stage, ceiling),
  };
}

/** Element indexes sorted by the framing's stage order, then across the band. */
export function inStageOrder(ctx: ReportContext, indexes: Iterable<number>): number[] {
  const rank = new Map(ctx.stageOrder.map((s, i) => [s, i]));
  const key = (i: number) => {
    const stage = ctx.graph.elements[i].stage;
    return stage === null ? ctx.stageOrder.length : (rank.get(stage) ?? 0);
  };
  return [...indexes].sort(
    (a, b) =>
      key(a) - key(b) ||
      ctx.graph.elements[a].position.y - ctx.graph.elements[b].position.y ||
      a - b,
  );
}

/** "Title (Research, strong)". */
export function describeEvidence(evidence: Evidence): string {
  const type = EVIDENCE_TYPE_LABELS[evidence.type] ?? "Other";
  const strength = (EVIDENCE_STRENGTH_LABELS[evidence.strength] ?? "Unrated").toLowerCase();
  return `${plain(evidence.title, true) || "Untitled evidence"} (${type}, ${strength})`;
}
