// Elements and links: every field with its kind, default, limits and cleaner.
// An element's title is one trimmed line, so the side panel, the inline
// editor, a paste, a template and a file all write the same title.
import { ELEMENT_STATUSES, STAKEHOLDER_ROLES } from "../details";
import { ELEMENT_KINDS, fitStage } from "../kinds";
import type { TocElement, TocLink } from "../model";
import { STAGE_IDS } from "../stages";
import { ASSUMPTION, EVIDENCE, INDICATOR } from "./details";
import {
  choiceOf,
  cleanFields,
  detailList,
  type Field,
  type Fields,
  idRef,
  lineText,
  ownId,
  paragraphText,
  point,
  requiredRef,
  roleMap,
  stageOf,
  tagList,
} from "./field";
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_DETAILS_PER_LIST,
  MAX_NAME_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
} from "./limits";

/** Titles of elements and groups: one line, trimmed, at most MAX_TITLE_LENGTH. */
export const TITLE = lineText(MAX_TITLE_LENGTH, { trim: true });

const assumptions = detailList(ASSUMPTION, MAX_DETAILS_PER_LIST);
const evidence = detailList(EVIDENCE, MAX_DETAILS_PER_LIST);

export const ELEMENT: Fields<TocElement> = {
  id: ownId(),
  kind: choiceOf(ELEMENT_KINDS, "note", { required: true }),
  stage: stageOf(STAGE_IDS),
  title: TITLE,
  description: paragraphText(MAX_DESCRIPTION_LENGTH, { shared: true }),
  position: point(),
  status: choiceOf(ELEMENT_STATUSES, "proposed"),
  owner: lineText(MAX_NAME_LENGTH, { trim: true }),
  tags: tagList(MAX_TAGS, MAX_TAG_LENGTH),
  assumptions,
  indicators: detailList(INDICATOR, MAX_DETAILS_PER_LIST),
  evidence,
  stakeholders: roleMap(STAKEHOLDER_ROLES),
  group: idRef(),
};

/** A clean element from any fields; its stage is one its kind allows. */
export function cleanElement(get: (name: string, field: Field<unknown>) => unknown): TocElement {
  const element = cleanFields(ELEMENT, get) as { -readonly [K in keyof TocElement]: TocElement[K] };
  element.stage = fitStage(element.kind, element.stage);
  return element;
}

export const LINK: Fields<TocLink> = {
  id: ownId(),
  source: requiredRef(),
  target: requiredRef(),
  /** "Because…": why the source leads to the target. */
  rationale: paragraphText(MAX_DESCRIPTION_LENGTH),
  assumptions,
  evidence,
};
