// Commands on the document-wide registers: stakeholder groups, element groups
// (workstreams), dismissed quality findings, and the accountability ceiling.
// Register entries are Y.Maps edited in place (a replaced entry would beat a
// concurrent removal and come back).
import * as Y from "yjs";
import { type Dismissal, STARTING_STAKEHOLDERS } from "../domain/details";
import { isValidId, newId } from "../domain/ids";
import { cleanFields, type Fields } from "../domain/records/field";
import { DISMISSAL, ELEMENT_GROUP, STAKEHOLDER_GROUP } from "../domain/records/registers";
import { isStageId, type StageId } from "../domain/stages";
import { isFiniteNumber } from "../domain/text";
import { LOCAL, type Origin } from "./origins";
import { type DocMaps, getMaps } from "./schema";
import { isYMap, setIfChanged } from "./write";

const stakeholderName = STAKEHOLDER_GROUP.name;
const groupTitle = ELEMENT_GROUP.title;

/** Inside a transaction: fills an empty register with the starting groups. */
export function writeStartingStakeholders({ stakeholders }: DocMaps): void {
  if (stakeholders.size > 0) return;
  STARTING_STAKEHOLDERS.forEach(({ id, name }, order) => {
    stakeholders.set(id, registerEntry(STAKEHOLDER_GROUP, { id, name, order }));
  });
}

/** A register entry as a Y.Map, every field cleaned by the register's spec. */
function registerEntry<T>(fields: Fields<T>, given: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  const entry = cleanFields(fields, (name) => given[name]);
  for (const [key, value] of Object.entries(entry as object)) map.set(key, value);
  return map;
}

export function addStakeholder(doc: Y.Doc, name: string, origin: Origin = LOCAL): string | null {
  const cleaned = stakeholderName.parse(name);
  if (cleaned === undefined) return null;
  const { stakeholders } = getMaps(doc);
  const id = newId();
  let last = -1;
  for (const entry of stakeholders.values()) {
    const order = isYMap(entry) ? entry.get("order") : null;
    if (isFiniteNumber(order)) last = Math.max(last, order);
  }
  doc.transact(() => {
    stakeholders.set(id, registerEntry(STAKEHOLDER_GROUP, { id, name: cleaned, order: last + 1 }));
  }, origin);
  return id;
}

export function renameStakeholder(doc: Y.Doc, id: string, name: string, origin = LOCAL): void {
  const entry = getMaps(doc).stakeholders.get(id);
  const cleaned = stakeholderName.parse(name);
  if (isYMap(entry) && cleaned !== undefined)
    doc.transact(() => setIfChanged(entry, "name", cleaned), origin);
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
  const cleaned = groupTitle.clean(title);
  const { groups, nodes } = getMaps(doc);
  const members = elementIds.filter((id) => isYMap(nodes.get(id)));
  if (members.length === 0) return null;
  const id = newId();
  doc.transact(() => {
    groups.set(id, registerEntry(ELEMENT_GROUP, { id, title: cleaned }));
    for (const member of members) setIfChanged(nodes.get(member) as Y.Map<unknown>, "group", id);
  }, origin);
  return id;
}

export function renameGroup(doc: Y.Doc, id: string, title: string, origin = LOCAL): void {
  const entry = getMaps(doc).groups.get(id);
  const cleaned = groupTitle.parse(title);
  if (isYMap(entry) && cleaned !== undefined)
    doc.transact(() => setIfChanged(entry, "title", cleaned), origin);
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

export type DismissalFields = Dismissal;

/** Inside a transaction: records a dismissal (an invalid key writes nothing). */
function writeDismissal(dismissals: Y.Map<Y.Map<unknown>>, dismissal: DismissalFields): void {
  const key = DISMISSAL.key.parse(dismissal.key);
  if (key === undefined) return;
  const entry = dismissals.get(key);
  if (!isYMap(entry)) {
    dismissals.set(key, registerEntry(DISMISSAL, { ...dismissal }));
    return;
  }
  const fields = cleanFields(
    DISMISSAL,
    (name) => (dismissal as unknown as Record<string, unknown>)[name],
  );
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
        if (isValidId(id) && stakeholderName.parse(name) !== undefined) {
          maps.stakeholders.set(id, registerEntry(STAKEHOLDER_GROUP, { id, name, order }));
        }
      });
    }
    for (const { id, title } of registers.groups) {
      if (isValidId(id)) maps.groups.set(id, registerEntry(ELEMENT_GROUP, { id, title }));
    }
    if (registers.ceiling && isStageId(registers.ceiling))
      maps.meta.set("ceiling", registers.ceiling);
  }, origin);
  for (const dismissal of registers.dismissals) dismissFinding(doc, dismissal, origin);
}
