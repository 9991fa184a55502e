// Typed reads. A replica may hold anything a peer or an old version wrote, so
// every read validates and repairs: unknown kinds become notes, bad numbers
// fall back to 0, text is cleaned. Links whose ends are missing are not shown
// (a link and a concurrent delete of its element can both win).
import * as Y from "yjs";
import type { Dismissal, ElementGroup, StakeholderGroup } from "../domain/details";
import { isValidId } from "../domain/ids";
import type { TocElement, TocLink, TocMeta, TocModel } from "../domain/model";
import { cleanElement, LINK } from "../domain/records/elements";
import { cleanFields, type Field, type Fields } from "../domain/records/field";
import {
  DISMISSAL,
  DOCUMENT_TITLE,
  ELEMENT_GROUP,
  STAKEHOLDER_GROUP,
} from "../domain/records/registers";
import { isFramingId, isStageId } from "../domain/stages";
import { isFiniteNumber } from "../domain/text";
import { type DetailList, rawDetails } from "./detailLists";
import { type DocMaps, getMaps } from "./schema";
import { isYMap } from "./write";

// Kept here for the UI that imports it from this module; defined once in the spec.

export function readMeta(meta: Y.Map<unknown>): TocMeta {
  const framing = meta.get("framing");
  const createdAt = meta.get("createdAt");
  const version = meta.get("schemaVersion");
  return {
    title: DOCUMENT_TITLE.clean(meta.get("title")),
    framing: isFramingId(framing) ? framing : "toc",
    createdAt: isFiniteNumber(createdAt) ? createdAt : 0,
    schemaVersion: isFiniteNumber(version) ? version : 0,
    ceiling: isStageId(meta.get("ceiling")) ? (meta.get("ceiling") as TocMeta["ceiling"]) : null,
  };
}

/**
 * A stored field as plain data for its spec to clean: shared text as a
 * string, a detail list as its items in order, a map of roles as an object.
 */
function storedValue(map: Y.Map<unknown>, name: string, field: Field<unknown>): unknown {
  if (field.type === "details") return rawDetails(map, name as DetailList);
  const value = map.get(name);
  if (field.shared && value instanceof Y.Text) return value.toString();
  if (field.type === "roles") {
    return isYMap(value) && value.size > 0 ? Object.fromEntries(value.entries()) : {};
  }
  return value;
}

/** Every field of a stored record, cleaned by its spec; the id is the record's key. */
function readRecord<T>(fields: Fields<T>, id: string, map: Y.Map<unknown>, idName = "id"): T {
  return cleanFields(fields, (name, field) =>
    name === idName ? id : storedValue(map, name, field),
  );
}

export function readElement(id: string, map: Y.Map<unknown>): TocElement | null {
  if (!isValidId(id)) return null;
  return cleanElement((name, field) => (name === "id" ? id : storedValue(map, name, field)));
}

export function readLink(id: string, map: Y.Map<unknown>): TocLink | null {
  const link = readRecord(LINK, id, map);
  const { source, target } = link;
  if (!isValidId(id) || !isValidId(source) || !isValidId(target) || source === target) return null;
  return link;
}

const byOrderThenId = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function readStakeholders(register: Y.Map<Y.Map<unknown>>): StakeholderGroup[] {
  const groups: StakeholderGroup[] = [];
  for (const [id, map] of register) {
    if (isValidId(id) && isYMap(map)) groups.push(readRecord(STAKEHOLDER_GROUP, id, map));
  }
  return groups.sort(byOrderThenId);
}

export function readGroups(groups: Y.Map<Y.Map<unknown>>): ElementGroup[] {
  const list: ElementGroup[] = [];
  for (const [id, map] of groups) {
    if (isValidId(id) && isYMap(map)) list.push(readRecord(ELEMENT_GROUP, id, map));
  }
  return list.sort((a, b) => byKey(a.id, b.id));
}

export function readDismissals(dismissals: Y.Map<Y.Map<unknown>>): Dismissal[] {
  const list: Dismissal[] = [];
  for (const [key, map] of dismissals) {
    if (isYMap(map) && DISMISSAL.key.parse(key) !== undefined) {
      list.push(readRecord(DISMISSAL, key, map, "key"));
    }
  }
  return list.sort((a, b) => byKey(a.key, b.key));
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
