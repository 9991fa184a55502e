// Commands on the document-wide registers: stakeholder groups, element groups
// (workstreams), dismissed quality findings, and the accountability ceiling.
// Register entries are Y.Maps edited in place (a replaced entry would beat a
// concurrent removal and come back).
import * as Y from "yjs";
import { MAX_DETAIL_TEXT, STARTING_STAKEHOLDERS } from "../domain/details";
import { isValidId, newId } from "../domain/ids";
import { MAX_TITLE_LENGTH } from "../domain/model";
import { isStageId, type StageId } from "../domain/stages";
import { cleanText, isFiniteNumber } from "../domain/text";
import { LOCAL, type Origin } from "./origins";
import { MAX_FINDING_KEY_LENGTH, MAX_NAME_LENGTH } from "./read";
import { type DocMaps, getMaps } from "./schema";
import { isYMap, setIfChanged } from "./write";

const cleanName = (name: unknown) => cleanText(name, MAX_NAME_LENGTH, true).trim();

/**
 * The starting register, with fixed ids so two people adding it to the same
 * document (new, or migrated while offline) write the same keys.
 */
export const STARTING_STAKEHOLDER_IDS = [
  "sh-residents",
  "sh-vcfse",
  "sh-icb",
  "sh-local-authority",
  "sh-primary-care",
  "sh-public-health",
] as const;

/** Inside a transaction: fills an empty register with the starting groups. */
export function writeStartingStakeholders({ stakeholders }: DocMaps): void {
  if (stakeholders.size > 0) return;
  STARTING_STAKEHOLDERS.forEach((name, order) => {
    const id = STARTING_STAKEHOLDER_IDS[order];
    stakeholders.set(id, registerEntry({ id, name, order }));
  });
}

function registerEntry(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

export function addStakeholder(doc: Y.Doc, name: string, origin: Origin = LOCAL): string | null {
  const cleaned = cleanName(name);
  if (!cleaned) return null;
  const { stakeholders } = getMaps(doc);
  const id = newId();
  let last = -1;
  for (const entry of stakeholders.values()) {
    const order = isYMap(entry) ? entry.get("order") : null;
    if (isFiniteNumber(order)) last = Math.max(last, order);
  }
  doc.transact(() => {
    stakeholders.set(id, registerEntry({ id, name: cleaned, order: last + 1 }));
  }, origin);
  return id;
}

export function renameStakeholder(doc: Y.Doc, id: string, name: string, origin = LOCAL): void {
  const entry = getMaps(doc).stakeholders.get(id);
  const cleaned = cleanName(name);
  if (isYMap(entry) && cleaned) doc.transact(() => setIfChanged(entry, "name", cleaned), origin);
}

/** Removes a group from the register and every element's record of it. */
export function removeStakeholder(doc: Y.Doc, id: string, origin: Origin = LOCAL): void {
  const { stakeholders, nodes } = getMaps(doc);
  if (!stakeholders.has(id)) return;
  doc.transact(() => {
    stakeholders.delete(id);
    for (const element of nodes.values()) {
      const roles = isYMap(element) ? element.get("stakeholders") : null;
      if (isYMap(roles) && roles.has(id)) roles.delete(id);
    }
  }, origin);
}

/** Frames elements into a new named group; returns its id. */
export function createGroup(
  doc: Y.Doc,
  title: string,
  elementIds: readonly string[],
  origin: Origin = LOCAL,
): string | null {
  const cleaned = cleanText(title, MAX_TITLE_LENGTH, true).trim() || "Group";
  const { groups, nodes } = getMaps(doc);
  const members = elementIds.filter((id) => isYMap(nodes.get(id)));
  if (members.length === 0) return null;
  const id = newId();
  doc.transact(() => {
    groups.set(id, registerEntry({ id, title: cleaned }));
    for (const member of members) setIfChanged(nodes.get(member) as Y.Map<unknown>, "group", id);
  }, origin);
  return id;
}

export function renameGroup(doc: Y.Doc, id: string, title: string, origin = LOCAL): void {
  const entry = getMaps(doc).groups.get(id);
  const cleaned = cleanText(title, MAX_TITLE_LENGTH, true).trim();
  if (isYMap(entry) && cleaned) doc.transact(() => setIfChanged(entry, "title", cleaned), origin);
}

/** Ungroups: the group goes, its elements stay where they are. */
export function removeGroup(doc: Y.Doc, id: string, origin: Origin = LOCAL): void {
  const { groups, nodes } = getMaps(doc);
  if (!groups.has(id)) return;
  doc.transact(() => {
    groups.delete(id);
    for (const element of nodes.values()) {
      if (isYMap(element) && element.get("group") === id) element.set("group", null);
    }
  }, origin);
}

/** Puts elements into a group (or takes them out: null). */
export function setElementsGroup(
  doc: Y.Doc,
  elementIds: readonly string[],
  groupId: string | null,
  origin: Origin = LOCAL,
): void {
  const { groups, nodes } = getMaps(doc);
  if (groupId !== null && !(isValidId(groupId) && isYMap(groups.get(groupId)))) return;
  doc.transact(() => {
    for (const id of elementIds) {
      const element = nodes.get(id);
      if (isYMap(element)) setIfChanged(element, "group", groupId);
    }
  }, origin);
}

export function setCeiling(doc: Y.Doc, stage: StageId | null, origin: Origin = LOCAL): void {
  if (stage !== null && !isStageId(stage)) return;
  doc.transact(() => setIfChanged(getMaps(doc).meta, "ceiling", stage), origin);
}

export interface DismissalFields {
  key: string;
  reason: string;
  by: string;
  at: number;
}

/** Inside a transaction: records a dismissal (an invalid key writes nothing). */
function writeDismissal(dismissals: Y.Map<Y.Map<unknown>>, dismissal: DismissalFields): void {
  const { key } = dismissal;
  if (!key || key !== cleanText(key, MAX_FINDING_KEY_LENGTH, true)) return;
  const fields = {
    key,
    reason: cleanText(dismissal.reason, MAX_DETAIL_TEXT).trim(),
    by: cleanName(dismissal.by),
    at: isFiniteNumber(dismissal.at) ? dismissal.at : 0,
  };
  const entry = dismissals.get(key);
  if (!isYMap(entry)) {
    dismissals.set(key, registerEntry(fields));
    return;
  }
  for (const [field, value] of Object.entries(fields)) setIfChanged(entry, field, value);
}

export function dismissFinding(doc: Y.Doc, dismissal: DismissalFields, origin = LOCAL): void {
  doc.transact(() => writeDismissal(getMaps(doc).dismissals, dismissal), origin);
}

export function restoreFinding(doc: Y.Doc, key: string, origin: Origin = LOCAL): void {
  const { dismissals } = getMaps(doc);
  if (dismissals.has(key)) doc.transact(() => dismissals.delete(key), origin);
}

/**
 * A new document's registers from a file or template, in one transaction:
 * the stakeholder register replaced when given (null keeps the starting set).
 */
export function writeRegisters(
  doc: Y.Doc,
  registers: {
    ceiling: StageId | null;
    stakeholders: readonly { id: string; name: string }[] | null;
    groups: readonly { id: string; title: string }[];
    dismissals: readonly DismissalFields[];
  },
  origin: Origin = LOCAL,
): void {
  const maps = getMaps(doc);
  doc.transact(() => {
    if (registers.stakeholders) {
      maps.stakeholders.clear();
      registers.stakeholders.forEach(({ id, name }, order) => {
        if (isValidId(id) && cleanName(name)) {
          maps.stakeholders.set(id, registerEntry({ id, name: cleanName(name), order }));
        }
      });
    }
    for (const { id, title } of registers.groups) {
      const cleaned = cleanText(title, MAX_TITLE_LENGTH, true).trim();
      if (isValidId(id)) maps.groups.set(id, registerEntry({ id, title: cleaned || "Group" }));
    }
    if (registers.ceiling && isStageId(registers.ceiling))
      maps.meta.set("ceiling", registers.ceiling);
  }, origin);
  for (const dismissal of registers.dismissals) dismissFinding(doc, dismissal, origin);
}
