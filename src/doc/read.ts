// Typed reads. A replica may hold anything a peer or an old version wrote, so
// every read validates and repairs: unknown kinds become notes, bad numbers
// fall back to 0, text is cleaned. Links whose ends are missing are not shown
// (a link and a concurrent delete of its element can both win).
import * as Y from "yjs";
import {
  type Dismissal,
  type ElementGroup,
  isElementStatus,
  isStakeholderRole,
  MAX_DETAIL_TEXT,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  type StakeholderGroup,
  type StakeholderRole,
} from "../domain/details";
import { isValidId } from "../domain/ids";
import { fitStage, isElementKind } from "../domain/kinds";
import {
  DEFAULT_DOCUMENT_TITLE,
  MAX_DESCRIPTION_LENGTH,
  MAX_TITLE_LENGTH,
  type TocElement,
  type TocLink,
  type TocMeta,
  type TocModel,
} from "../domain/model";
import { isFramingId, isStageId } from "../domain/stages";
import { cleanCoordinate, cleanText, isFiniteNumber } from "../domain/text";
import { readDetails } from "./detailLists";
import { type DocMaps, getMaps } from "./schema";
import { isYMap } from "./write";

export const MAX_NAME_LENGTH = 120;

export function readMeta(meta: Y.Map<unknown>): TocMeta {
  const framing = meta.get("framing");
  const createdAt = meta.get("createdAt");
  const version = meta.get("schemaVersion");
  return {
    title: cleanText(meta.get("title"), MAX_TITLE_LENGTH, true) || DEFAULT_DOCUMENT_TITLE,
    framing: isFramingId(framing) ? framing : "toc",
    createdAt: isFiniteNumber(createdAt) ? createdAt : 0,
    schemaVersion: isFiniteNumber(version) ? version : 0,
    ceiling: isStageId(meta.get("ceiling")) ? (meta.get("ceiling") as TocMeta["ceiling"]) : null,
  };
}

function readPosition(value: unknown): { x: number; y: number } {
  const p = (value ?? {}) as { x?: unknown; y?: unknown };
  return { x: cleanCoordinate(p.x) ?? 0, y: cleanCoordinate(p.y) ?? 0 };
}

export function readElement(id: string, map: Y.Map<unknown>): TocElement | null {
  if (!isValidId(id)) return null;
  const rawKind = map.get("kind");
  const kind = isElementKind(rawKind) ? rawKind : "note";
  return {
    id,
    kind,
    stage: fitStage(kind, map.get("stage")),
    title: cleanText(map.get("title"), MAX_TITLE_LENGTH, true),
    description: readDescription(map.get("description")),
    position: readPosition(map.get("position")),
    status: isElementStatus(map.get("status"))
      ? (map.get("status") as TocElement["status"])
      : "proposed",
    owner: cleanText(map.get("owner"), MAX_NAME_LENGTH, true).trim(),
    tags: cleanTags(map.get("tags")),
    assumptions: readDetails(map, "assumptions"),
    indicators: readDetails(map, "indicators"),
    evidence: readDetails(map, "evidence"),
    stakeholders: readRoles(map.get("stakeholders")),
    group: isValidId(map.get("group")) ? (map.get("group") as string) : null,
  };
}

/** The description is shared text (a Y.Text); documents before version 2 held a string. */
function readDescription(value: unknown): string {
  const text = value instanceof Y.Text ? value.toString() : value;
  return cleanText(text, MAX_DESCRIPTION_LENGTH);
}

/** Tags: short single-line words, trimmed, no repeats (case-insensitive), at most MAX_TAGS. */
export function cleanTags(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of value) {
    const tag = cleanText(raw, MAX_TAG_LENGTH, true).trim();
    const folded = tag.toLocaleLowerCase("en-GB");
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    tags.push(tag);
    if (tags.length === MAX_TAGS) break;
  }
  return tags;
}

function readRoles(value: unknown): Record<string, StakeholderRole> {
  const roles: Record<string, StakeholderRole> = {};
  if (!isYMap(value)) return roles;
  for (const [id, role] of value) if (isValidId(id) && isStakeholderRole(role)) roles[id] = role;
  return roles;
}

export function readLink(id: string, map: Y.Map<unknown>): TocLink | null {
  const source = map.get("source");
  const target = map.get("target");
  if (!isValidId(id) || !isValidId(source) || !isValidId(target) || source === target) return null;
  return {
    id,
    source,
    target,
    rationale: cleanText(map.get("rationale"), MAX_DESCRIPTION_LENGTH),
    assumptions: readDetails(map, "assumptions"),
    evidence: readDetails(map, "evidence"),
  };
}

const byOrderThenId = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function readStakeholders(register: Y.Map<Y.Map<unknown>>): StakeholderGroup[] {
  const groups: StakeholderGroup[] = [];
  for (const [id, map] of register) {
    if (!isValidId(id) || !isYMap(map)) continue;
    const order = map.get("order");
    groups.push({
      id,
      name: cleanText(map.get("name"), MAX_NAME_LENGTH, true).trim() || "Unnamed group",
      order: isFiniteNumber(order) ? order : 0,
    });
  }
  return groups.sort(byOrderThenId);
}

export function readGroups(groups: Y.Map<Y.Map<unknown>>): ElementGroup[] {
  const list: ElementGroup[] = [];
  for (const [id, map] of groups) {
    if (!isValidId(id) || !isYMap(map)) continue;
    list.push({ id, title: cleanText(map.get("title"), MAX_TITLE_LENGTH, true).trim() || "Group" });
  }
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const MAX_FINDING_KEY_LENGTH = 2_000;

export function readDismissals(dismissals: Y.Map<Y.Map<unknown>>): Dismissal[] {
  const list: Dismissal[] = [];
  for (const [key, map] of dismissals) {
    if (
      !isYMap(map) ||
      key.length > MAX_FINDING_KEY_LENGTH ||
      key !== cleanText(key, MAX_FINDING_KEY_LENGTH, true)
    )
      continue;
    const at = map.get("at");
    list.push({
      key,
      reason: cleanText(map.get("reason"), MAX_DETAIL_TEXT),
      by: cleanText(map.get("by"), MAX_NAME_LENGTH, true),
      at: isFiniteNumber(at) ? at : 0,
    });
  }
  return list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Whether a link can be shown: both ends exist, and no element has its id
 * (a peer may write anything; elements and links share one id space).
 */
export function linkIsLive(link: TocLink, maps: DocMaps): boolean {
  return (
    maps.nodes.get(link.source) instanceof Y.Map &&
    maps.nodes.get(link.target) instanceof Y.Map &&
    !(maps.nodes.get(link.id) instanceof Y.Map)
  );
}

export function readModel(doc: Y.Doc): TocModel {
  const maps = getMaps(doc);
  const elements: TocElement[] = [];
  for (const [id, map] of maps.nodes) {
    if (!(map instanceof Y.Map)) continue;
    const el = readElement(id, map);
    if (el) elements.push(el);
  }
  const links: TocLink[] = [];
  for (const [id, map] of maps.edges) {
    if (!(map instanceof Y.Map)) continue;
    const link = readLink(id, map);
    if (link && linkIsLive(link, maps)) links.push(link);
  }
  return {
    meta: readMeta(maps.meta),
    elements,
    links,
    stakeholders: readStakeholders(maps.stakeholders),
    groups: readGroups(maps.groups),
    dismissals: readDismissals(maps.dismissals),
  };
}
