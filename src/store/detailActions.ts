// What the user can do to an element's or link's details from the side panel:
// type into the shared description, set status, owner and tags, add, change
// and remove assumptions, indicators and evidence, record what a stakeholder
// group did, and keep the stakeholder register. Each runs one document
// command on the open document, or shows the read-only message (writableDoc).
import { type ElementPatch, updateElement } from "../doc/commands";
import {
  addDetail,
  removeDetail,
  setStakeholderRole as setRoleCommand,
  updateDetail,
} from "../doc/detailCommands";
import type { DetailFields, DetailList } from "../doc/detailLists";
import { TYPING } from "../doc/origins";
import { readElement } from "../doc/read";
import { addStakeholder, removeStakeholder, renameStakeholder } from "../doc/registerCommands";
import { getMaps } from "../doc/schema";
import type { StakeholderRole } from "../domain/details";
import { rebaseEdit } from "../domain/rebaseEdit";
import { writableDoc } from "./actions";
import { useEditor } from "./editorStore";

/**
 * One keystroke (or paste, cut, dictation…) in an element's description: the
 * field read `before` and now reads `after`. Written as TYPING, so a run of
 * typing is one undo step.
 */
export function typeDescription(elementId: string, before: string, after: string): void {
  const doc = writableDoc();
  if (!doc) return;
  const map = getMaps(doc).nodes.get(elementId);
  const current = map ? readElement(elementId, map)?.description : undefined;
  if (current === undefined) return;
  updateElement(doc, elementId, { description: rebaseEdit(before, after, current) }, TYPING);
}

function editElement(elementId: string, patch: ElementPatch): void {
  const doc = writableDoc();
  if (doc) updateElement(doc, elementId, patch);
}

export const setElementStatus = (id: string, status: ElementPatch["status"]) =>
  editElement(id, { status });
export const setElementOwner = (id: string, owner: string) => editElement(id, { owner });
export const setElementTags = (id: string, tags: readonly string[]) => editElement(id, { tags });

/** Adds an item at the end of an element's or link's list; returns its id. */
export function addDetailItem<L extends DetailList>(
  ownerId: string,
  list: L,
  fields: DetailFields<L> = {},
): string | null {
  const doc = writableDoc();
  return doc ? addDetail(doc, ownerId, list, fields) : null;
}

export function editDetailItem<L extends DetailList>(
  ownerId: string,
  list: L,
  itemId: string,
  fields: DetailFields<L>,
): void {
  const doc = writableDoc();
  if (doc) updateDetail(doc, ownerId, list, itemId, fields);
}

export function removeDetailItem(ownerId: string, list: DetailList, itemId: string): void {
  const doc = writableDoc();
  if (doc) removeDetail(doc, ownerId, list, itemId);
}

/**
 * Sets an evidence item's link and returns what the document kept: the
 * normalised link, or "" when it was refused (not https: or mailto:).
 */
export function setEvidenceUrl(ownerId: string, itemId: string, url: string): string {
  editDetailItem(ownerId, "evidence", itemId, { url });
  const model = useEditor.getState().model;
  const owner =
    model?.elements.find((e) => e.id === ownerId) ?? model?.links.find((l) => l.id === ownerId);
  return owner?.evidence.find((e) => e.id === itemId)?.url ?? "";
}

/** What a stakeholder group did with an element; null clears the record. */
export function recordStakeholderRole(
  elementId: string,
  stakeholderId: string,
  role: StakeholderRole | null,
): void {
  const doc = writableDoc();
  if (doc) setRoleCommand(doc, elementId, stakeholderId, role);
}

export function addStakeholderGroup(name: string): string | null {
  const doc = writableDoc();
  return doc ? addStakeholder(doc, name) : null;
}

export function renameStakeholderGroup(id: string, name: string): void {
  const doc = writableDoc();
  if (doc) renameStakeholder(doc, id, name);
}

/** Removes a group from the register and every element's record of it (one undo step). */
export function removeStakeholderGroup(id: string): void {
  const doc = writableDoc();
  if (doc) removeStakeholder(doc, id);
}
