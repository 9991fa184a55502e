// Tolerant restore of the element list: every readable entry becomes a valid
// NewElement (unknown kinds → notes, stages fitted, text cleaned, positions
// checked), and the ids links may use are remembered in `refs`.

import type { NewElement } from "../../doc/commands";
import type { Point } from "../../domain/geometry";
import { isValidId } from "../../domain/ids";
import { fitStage } from "../../domain/kinds";
import { ELEMENT } from "../../domain/records/elements";
import type { StageId } from "../../domain/stages";
import { field, freshId, idKey, isRecord, type JsonRecord, readText } from "./fields";
import { AutoPlacer } from "./placement";
import type { RepairLog } from "./repairs";
import { restoreDetailList, restoreElementExtras } from "./restoreDetails";

export interface RestoredElements {
  elements: NewElement[];
  /** idKey of a raw id in the file → the element id it now has. */
  refs: Map<string, string>;
  ids: Set<string>;
}

function readKindAndStage(raw: JsonRecord, repairs: RepairLog) {
  const rawKind = ELEMENT.kind.parse(field(raw, "kind"));
  const rawStage = field(raw, "stage");
  if (rawKind === undefined) {
    repairs.add("unknownKinds");
    return { kind: "note" as const, stage: null };
  }
  const stage: StageId | null = fitStage(rawKind, rawStage);
  if (rawStage !== undefined && rawStage !== null && rawStage !== stage) {
    repairs.add("stagesFitted");
  }
  return { kind: rawKind, stage };
}

export function restoreElements(
  list: readonly unknown[],
  known: { groups: ReadonlySet<string>; stakeholders: ReadonlySet<string> },
  repairs: RepairLog,
): RestoredElements {
  const entries: JsonRecord[] = [];
  for (const item of list) {
    if (isRecord(item)) entries.push(item);
    else repairs.add("unreadableElements");
  }

  // Valid ids in the file are reserved first, so a fresh id never takes one.
  const reserved = new Set<string>();
  const occurrences = new Map<string, number>();
  for (const raw of entries) {
    const id = field(raw, "id");
    if (isValidId(id)) reserved.add(id);
    const key = idKey(id);
    if (key) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  }

  const ids = new Set<string>();
  const refs = new Map<string, string>();
  const drafts: Array<{
    el: Omit<NewElement, "position">;
    stage: StageId | null;
    position: Point | null;
  }> = [];
  for (const raw of entries) {
    const rawId = field(raw, "id");
    const key = idKey(rawId);
    let id: string;
    if (isValidId(rawId) && !ids.has(rawId)) {
      id = rawId;
      if (key) refs.set(key, id);
    } else if (isValidId(rawId)) {
      id = freshId(ids, reserved);
      repairs.add("duplicateElementIds");
    } else {
      id = freshId(ids, reserved);
      repairs.add("badElementIds");
      // An unusable id that is still unique keeps its links.
      if (key && occurrences.get(key) === 1) refs.set(key, id);
    }
    ids.add(id);
    const { kind, stage } = readKindAndStage(raw, repairs);
    drafts.push({
      el: {
        id,
        kind,
        stage,
        title: readText(field(raw, "title"), ELEMENT.title, repairs),
        description: readText(field(raw, "description"), ELEMENT.description, repairs),
        ...restoreElementExtras(raw, known, repairs),
        assumptions: restoreDetailList(raw, "assumptions", repairs),
        indicators: restoreDetailList(raw, "indicators", repairs),
        evidence: restoreDetailList(raw, "evidence", repairs),
      },
      stage,
      position: ELEMENT.position.parse(field(raw, "position")) ?? null,
    });
  }

  const placer = new AutoPlacer(drafts.flatMap((d) => (d.position ? [d.position] : [])));
  const elements = drafts.map(({ el, stage, position }): NewElement => {
    if (position) return { ...el, position };
    repairs.add("positionsPlaced");
    return { ...el, position: placer.place(stage) };
  });
  return { elements, refs, ids };
}
