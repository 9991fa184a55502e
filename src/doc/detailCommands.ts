// Commands on the details of one element or link: add, change and remove an
// assumption, indicator or evidence item; set what a stakeholder group did
// with an element. One transaction each, like every command.
import type * as Y from "yjs";
import { isStakeholderRole, type StakeholderRole } from "../domain/details";
import { isValidId, newId } from "../domain/ids";
import {
  addDetailItem,
  type DetailFields,
  type DetailList,
  LINK_DETAIL_LISTS,
  removeDetailItem,
  updateDetailItem,
} from "./detailLists";
import { LOCAL, type Origin } from "./origins";
import { getMaps } from "./schema";
import { isYMap } from "./write";

/** The element or link map that owns details, if `list` belongs on it. */
function ownerMap(doc: Y.Doc, ownerId: string, list: DetailList): Y.Map<unknown> | null {
  const { nodes, edges } = getMaps(doc);
  const element = nodes.get(ownerId);
  if (isYMap(element)) return element;
  const link = edges.get(ownerId);
  if (isYMap(link) && LINK_DETAIL_LISTS.includes(list)) return link;
  return null;
}

/** Adds an item at the end of the list; returns its id, or null when it cannot. */
export function addDetail<L extends DetailList>(
  doc: Y.Doc,
  ownerId: string,
  list: L,
  fields: DetailFields<L>,
  origin: Origin = LOCAL,
): string | null {
  const owner = ownerMap(doc, ownerId, list);
  if (!owner) return null;
  const id = newId();
  let ok = false;
  doc.transact(() => {
    ok = addDetailItem(owner, list, id, fields);
  }, origin);
  return ok ? id : null;
}

export function updateDetail<L extends DetailList>(
  doc: Y.Doc,
  ownerId: string,
  list: L,
  itemId: string,
  fields: DetailFields<L>,
  origin: Origin = LOCAL,
): void {
  const owner = ownerMap(doc, ownerId, list);
  if (owner) doc.transact(() => updateDetailItem(owner, list, itemId, fields), origin);
}

export function removeDetail(
  doc: Y.Doc,
  ownerId: string,
  list: DetailList,
  itemId: string,
  origin: Origin = LOCAL,
): void {
  const owner = ownerMap(doc, ownerId, list);
  if (owner) doc.transact(() => removeDetailItem(owner, list, itemId), origin);
}

/** What a stakeholder group did with an element; null clears it. */
export function setStakeholderRole(
  doc: Y.Doc,
  elementId: string,
  stakeholderId: string,
  role: StakeholderRole | null,
  origin: Origin = LOCAL,
): void {
  const { nodes, stakeholders } = getMaps(doc);
  const element = nodes.get(elementId);
  const roles = isYMap(element) ? element.get("stakeholders") : null;
  if (!isYMap(roles) || !isValidId(stakeholderId) || !stakeholders.has(stakeholderId)) return;
  doc.transact(() => {
    if (role === null) {
      if (roles.has(stakeholderId)) roles.delete(stakeholderId);
    } else if (isStakeholderRole(role) && roles.get(stakeholderId) !== role) {
      roles.set(stakeholderId, role);
    }
  }, origin);
}
