// The lists of details an element or a link holds: assumptions, indicators,
// evidence. Each list is a Y.Map id → Y.Map { id, order, ...fields } inside
// the element's (or link's) own map, created with it, so two people adding
// the first assumption at once both keep theirs (a list created lazily by
// each would replace the other's). Items are edited in place, field by field.
// Every field is cleaned by its spec (domain/records/details.ts) on read and
// on write.
import * as Y from "yjs";
import { isValidId } from "../domain/ids";
import {
  DETAIL_FIELDS,
  DETAIL_LISTS,
  type DetailItems,
  type DetailList,
  LINK_DETAIL_LISTS,
} from "../domain/records/details";
import { cleanFields, type Field, fieldEntries, ownField } from "../domain/records/field";
import { MAX_DETAILS_PER_LIST } from "../domain/records/limits";
import { isFiniteNumber } from "../domain/text";
import { isYMap, keyInParent, setIfChanged } from "./write";

export { DETAIL_LISTS, type DetailItems, type DetailList, LINK_DETAIL_LISTS };
export type DetailFields<L extends DetailList> = Partial<Omit<DetailItems[L], "id">>;

/** The fields of each list's items other than the id (which is the item's key). */
const ITEM_FIELDS = Object.fromEntries(
  DETAIL_LISTS.map((list) => [
    list,
    fieldEntries<object>(DETAIL_FIELDS[list]).filter(([name]) => name !== "id"),
  ]),
) as unknown as Record<DetailList, ReadonlyArray<readonly [string, Field<unknown>]>>;
const itemFields = (list: DetailList) => ITEM_FIELDS[list];

/** A detail item's fields from untrusted data (a file), cleaned as a read would. */
export function cleanDetailFields<L extends DetailList>(
  list: L,
  raw: Readonly<Record<string, unknown>>,
): Omit<DetailItems[L], "id"> {
  const { id: _id, ...fields } = cleanFields(DETAIL_FIELDS[list], (name) => ownField(raw, name));
  return fields as Omit<DetailItems[L], "id">;
}

/** The item maps of a list, in their order; missing or damaged lists read as empty. */
function itemMaps(owner: Y.Map<unknown>, list: DetailList): Y.Map<unknown>[] {
  const listMap = owner.get(list);
  // Most lists are empty; iterating a Y.Map costs an iterator even then.
  if (!isYMap(listMap) || listMap.size === 0) return [];
  const items: { id: string; order: number; map: Y.Map<unknown> }[] = [];
  for (const [id, map] of listMap) {
    if (!isValidId(id) || !isYMap(map)) continue;
    const order = map.get("order");
    items.push({ id, order: isFiniteNumber(order) ? order : 0, map });
  }
  items.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return items.slice(0, MAX_DETAILS_PER_LIST).map((i) => i.map);
}

/** A list's items as stored, in their order, for the list's spec to clean. */
export function rawDetails(owner: Y.Map<unknown>, list: DetailList): Record<string, unknown>[] {
  const names = itemFields(list).map(([name]) => name);
  return itemMaps(owner, list).map((map) => {
    const item: Record<string, unknown> = { id: keyInParent(map) };
    for (const name of names) item[name] = map.get(name);
    return item;
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
  for (const [name, field] of itemFields(list)) {
    map.set(name, field.clean((fields as Record<string, unknown>)[name]));
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
  for (const [name, field] of itemFields(list)) {
    const value = (fields as Record<string, unknown>)[name];
    if (value !== undefined) setIfChanged(map, name, field.clean(value));
  }
}

export function removeDetailItem(owner: Y.Map<unknown>, list: DetailList, id: string): void {
  const listMap = owner.get(list);
  if (isYMap(listMap) && listMap.has(id)) listMap.delete(id);
}
