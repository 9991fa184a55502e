// The lists of details an element or a link holds: assumptions, indicators,
// evidence. Each list is a Y.Map id → Y.Map { id, order, ...fields } inside
// the element's (or link's) own map, created with it, so two people adding
// the first assumption at once both keep theirs (a list created lazily by
// each would replace the other's). Items are edited in place, field by field.
// Every field is cleaned by the same function on read and on write.
import * as Y from "yjs";
import {
  type Assumption,
  type Evidence,
  type Indicator,
  isConfidence,
  isEvidenceStrength,
  isEvidenceType,
  MAX_DETAIL_TEXT,
  MAX_DETAILS_PER_LIST,
  safeEvidenceUrl,
} from "../domain/details";
import { isValidId } from "../domain/ids";
import { cleanText, isFiniteNumber } from "../domain/text";
import { isYMap, keyInParent, setIfChanged } from "./write";

type Cleaner = (value: unknown) => string;

const line: Cleaner = (v) => cleanText(v, MAX_DETAIL_TEXT, true);
const paragraph: Cleaner = (v) => cleanText(v, MAX_DETAIL_TEXT);
const oneOf =
  <T extends string>(guard: (v: unknown) => v is T, fallback: T): Cleaner =>
  (v) =>
    guard(v) ? v : fallback;

const FIELDS = {
  assumptions: { text: paragraph, confidence: oneOf(isConfidence, "medium") },
  indicators: {
    measure: line,
    population: line,
    baseline: line,
    target: line,
    threshold: line,
    byWhen: line,
    dataSource: line,
  },
  evidence: {
    title: line,
    url: safeEvidenceUrl,
    type: oneOf(isEvidenceType, "research"),
    strength: oneOf(isEvidenceStrength, "moderate"),
  },
} satisfies Record<string, Record<string, Cleaner>>;

export type DetailList = keyof typeof FIELDS;
export const DETAIL_LISTS = Object.keys(FIELDS) as DetailList[];
/** Links carry assumptions and evidence; indicators measure elements only. */
export const LINK_DETAIL_LISTS: readonly DetailList[] = ["assumptions", "evidence"];

export interface DetailItems {
  assumptions: Assumption;
  indicators: Indicator;
  evidence: Evidence;
}
export type DetailFields<L extends DetailList> = Partial<Omit<DetailItems[L], "id">>;

/** A detail item's fields from untrusted data (a file), cleaned as a read would. */
export function cleanDetailFields<L extends DetailList>(
  list: L,
  raw: Readonly<Record<string, unknown>>,
): Omit<DetailItems[L], "id"> {
  const item: Record<string, string> = {};
  for (const [name, clean] of Object.entries(FIELDS[list] as Record<string, Cleaner>)) {
    item[name] = clean(Object.hasOwn(raw, name) ? raw[name] : undefined);
  }
  return item as unknown as Omit<DetailItems[L], "id">;
}

/** The item maps of a list, in their order; missing or damaged lists read as empty. */
function itemMaps(owner: Y.Map<unknown>, list: DetailList): Y.Map<unknown>[] {
  const listMap = owner.get(list);
  if (!isYMap(listMap)) return [];
  const items: { id: string; order: number; map: Y.Map<unknown> }[] = [];
  for (const [id, map] of listMap) {
    if (!isValidId(id) || !isYMap(map)) continue;
    const order = map.get("order");
    items.push({ id, order: isFiniteNumber(order) ? order : 0, map });
  }
  items.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return items.slice(0, MAX_DETAILS_PER_LIST).map((i) => i.map);
}

export function readDetails<L extends DetailList>(
  owner: Y.Map<unknown>,
  list: L,
): DetailItems[L][] {
  const fields: Record<string, Cleaner> = FIELDS[list];
  return itemMaps(owner, list).map((map) => {
    const item: Record<string, string> = { id: String(keyInParent(map)) };
    for (const [name, clean] of Object.entries(fields)) item[name] = clean(map.get(name));
    return item as unknown as DetailItems[L];
  });
}

/** Gives a new element or link map its empty lists (inside the creating transaction). */
export function createDetailLists(owner: Y.Map<unknown>, lists: readonly DetailList[]): void {
  for (const list of lists) if (!isYMap(owner.get(list))) owner.set(list, new Y.Map());
}

/** Adds an item after the last one (two added at once elsewhere tie and sort by id). */
export function addDetailItem<L extends DetailList>(
  owner: Y.Map<unknown>,
  list: L,
  id: string,
  fields: DetailFields<L>,
): boolean {
  if (!isValidId(id)) return false;
  createDetailLists(owner, [list]);
  const listMap = owner.get(list) as Y.Map<unknown>;
  if (listMap.has(id) || listMap.size >= MAX_DETAILS_PER_LIST) return false;
  let last = -1;
  for (const item of listMap.values()) {
    const order = isYMap(item) ? item.get("order") : null;
    if (isFiniteNumber(order)) last = Math.max(last, order);
  }
  const map = new Y.Map<unknown>();
  map.set("id", id);
  map.set("order", last + 1);
  for (const [name, clean] of Object.entries(FIELDS[list] as Record<string, Cleaner>)) {
    map.set(name, clean((fields as Record<string, unknown>)[name]));
  }
  listMap.set(id, map);
  return true;
}

export function updateDetailItem<L extends DetailList>(
  owner: Y.Map<unknown>,
  list: L,
  id: string,
  fields: DetailFields<L>,
): void {
  const map = (owner.get(list) as Y.Map<unknown> | undefined)?.get?.(id);
  if (!isYMap(map)) return;
  for (const [name, clean] of Object.entries(FIELDS[list] as Record<string, Cleaner>)) {
    const value = (fields as Record<string, unknown>)[name];
    if (value !== undefined) setIfChanged(map, name, clean(value));
  }
}

export function removeDetailItem(owner: Y.Map<unknown>, list: DetailList, id: string): void {
  const listMap = owner.get(list);
  if (isYMap(listMap) && listMap.has(id)) listMap.delete(id);
}
