// Every write to a document is one of these named commands: one transaction,
// one origin (LOCAL unless said otherwise), input cleaned on the way in.
// Element maps are changed in place, never replaced (see schema.ts).
import * as Y from "yjs";
import type {
  Assumption,
  ElementStatus,
  Evidence,
  Indicator,
  StakeholderRole,
} from "../domain/details";
import type { Point } from "../domain/geometry";
import { type ElementKind, fitStage } from "../domain/kinds";
import type { TocElement, TocLink } from "../domain/model";
import { cleanElement, ELEMENT, LINK } from "../domain/records/elements";
import { cleanFields, type Field, type Fields, fieldEntries } from "../domain/records/field";
import { DOCUMENT_TITLE } from "../domain/records/registers";
import type { FramingId } from "../domain/stages";
import { addDetailItem, type DetailList } from "./detailLists";
import { LOCAL, type Origin } from "./origins";
import { getMaps } from "./schema";
import { setText } from "./sharedText";
import { isYMap, setIfChanged } from "./write";

export interface NewElement {
  id: string;
  kind: ElementKind;
  stage?: string | null;
  title: string;
  description?: string;
  position: Point;
  status?: ElementStatus;
  owner?: string;
  tags?: readonly string[];
  group?: string | null;
  assumptions?: readonly Assumption[];
  indicators?: readonly Indicator[];
  evidence?: readonly Evidence[];
  stakeholders?: Readonly<Record<string, StakeholderRole>>;
}

export interface NewLink {
  id: string;
  source: string;
  target: string;
  rationale?: string;
  assumptions?: readonly Assumption[];
  evidence?: readonly Evidence[];
}

export interface ElementPatch {
  kind?: ElementKind;
  position?: Point;
  stage?: string | null;
  /** Cleaned by the title's spec: one line, trimmed, at most MAX_TITLE_LENGTH. */
  title?: string;
  /** Written as the smallest splice into the shared text, so others' typing survives. */
  description?: string;
  status?: ElementStatus;
  owner?: string;
  tags?: readonly string[];
  group?: string | null;
}

export interface LinkPatch {
  rationale?: string;
}

// What a patch may change: never an id, a link's ends, or the nested lists
// and roles (their own commands edit those in place), whatever a caller passes.
const ELEMENT_PATCHABLE: ReadonlySet<string> = new Set([
  "position",
  "title",
  "description",
  "status",
  "owner",
  "tags",
  "group",
] satisfies Array<keyof ElementPatch>);
const LINK_PATCHABLE: ReadonlySet<string> = new Set(["rationale"] satisfies Array<keyof LinkPatch>);

const propertyOf = (given: object) => (name: string) => (given as Record<string, unknown>)[name];

/** Whether every field a record cannot do without is usable as given. */
function hasRequired<T>(fields: Fields<T>, given: object): boolean {
  const get = propertyOf(given);
  return fieldEntries(fields).every(([name, f]) => !f.required || f.parse(get(name)) !== undefined);
}

/**
 * A new element's or link's map from its clean record: shared prose as
 * Y.Text, roles as a Y.Map, each detail list an empty Y.Map (filled once the
 * map is in the document: a map reads its entries only then).
 */
function newRecordMap<T>(fields: Fields<T>, record: T): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [name, field] of fieldEntries(fields)) {
    const value = record[name as keyof T];
    if (field.shared) map.set(name, new Y.Text(value as string));
    else if (field.type === "details") map.set(name, new Y.Map());
    else if (field.type === "roles") map.set(name, new Y.Map(Object.entries(value as object)));
    else map.set(name, value);
  }
  return map;
}

/** The details of a new record, in their order. */
function copyDetails<T>(fields: Fields<T>, map: Y.Map<unknown>, record: T): void {
  for (const [name, field] of fieldEntries(fields)) {
    if (field.type !== "details") continue;
    for (const item of record[name as keyof T] as readonly { id: string }[]) {
      addDetailItem(map, name as DetailList, item.id, item);
    }
  }
}

/**
 * One field of a patch written in place: shared prose as the smallest splice,
 * anything else only when it differs (a no-op writes no update). A value its
 * spec cannot use is ignored.
 */
function writeField(map: Y.Map<unknown>, name: string, field: Field<unknown>, value: unknown) {
  const parsed = field.parse(value);
  if (parsed === undefined) return;
  if (field.shared) {
    setText(map, name, parsed as string);
    return;
  }
  const current = map.get(name);
  const stored = field.parse(current);
  const changed = typeof current === "object" && current !== null ? false : current !== parsed;
  if (changed || stored === undefined || !field.same(stored, parsed)) map.set(name, parsed);
}

function writeElement(doc: Y.Doc, el: NewElement): boolean {
  const { nodes, edges } = getMaps(doc);
  if (!hasRequired(ELEMENT, el)) return false;
  // Elements and links share one id space (the canvas and the selection key by id).
  if (nodes.has(el.id) || edges.has(el.id)) return false;
  const element: TocElement = cleanElement(propertyOf(el));
  const map = newRecordMap(ELEMENT, element);
  nodes.set(el.id, map);
  copyDetails(ELEMENT, map, element);
  return true;
}

const pairKey = (source: unknown, target: unknown) => `${source}\u0000${target}`;

/** Source→target pairs already linked; built once per transaction. */
function linkedPairs(doc: Y.Doc): Set<string> {
  const pairs = new Set<string>();
  for (const link of getMaps(doc).edges.values()) {
    if (isYMap(link)) pairs.add(pairKey(link.get("source"), link.get("target")));
  }
  return pairs;
}

function writeLink(doc: Y.Doc, link: NewLink, pairs: Set<string>): boolean {
  const { nodes, edges } = getMaps(doc);
  if (!hasRequired(LINK, link) || edges.has(link.id) || nodes.has(link.id)) return false;
  if (link.source === link.target) return false;
  if (!isYMap(nodes.get(link.source)) || !isYMap(nodes.get(link.target))) return false;
  const key = pairKey(link.source, link.target);
  if (pairs.has(key)) return false;
  pairs.add(key);
  const record: TocLink = cleanFields(LINK, propertyOf(link));
  const map = newRecordMap(LINK, record);
  edges.set(link.id, map);
  copyDetails(LINK, map, record);
  return true;
}

export function addElement(doc: Y.Doc, el: NewElement, origin: Origin = LOCAL): boolean {
  let ok = false;
  doc.transact(() => {
    ok = writeElement(doc, el);
  }, origin);
  return ok;
}

export function updateElement(
  doc: Y.Doc,
  id: string,
  patch: ElementPatch,
  origin: Origin = LOCAL,
): void {
  const map = getMaps(doc).nodes.get(id);
  if (!isYMap(map)) return;
  doc.transact(() => {
    const kind = ELEMENT.kind.parse(patch.kind);
    if (kind) setIfChanged(map, "kind", kind);
    // The stage always suits the kind, so a new kind may move it.
    if (patch.kind !== undefined || patch.stage !== undefined) {
      const wanted = patch.stage !== undefined ? patch.stage : map.get("stage");
      setIfChanged(map, "stage", fitStage(ELEMENT.kind.clean(map.get("kind")), wanted));
    }
    for (const [name, value] of Object.entries(patch)) {
      const field = (ELEMENT as Record<string, Field<unknown>>)[name];
      if (ELEMENT_PATCHABLE.has(name) && value !== undefined) writeField(map, name, field, value);
    }
  }, origin);
}

/** One transaction for a whole drag or nudge, written once at its end. */
export function moveElements(
  doc: Y.Doc,
  moves: ReadonlyArray<{ id: string; position: Point }>,
  origin: Origin = LOCAL,
): void {
  const { nodes } = getMaps(doc);
  doc.transact(() => {
    for (const { id, position } of moves) {
      const map = nodes.get(id);
      const p = ELEMENT.position.parse(position);
      if (isYMap(map) && p) setIfChanged(map, "position", p);
    }
  }, origin);
}

/** Deletes elements and links together, with every link touching a deleted element. */
export function deleteItems(
  doc: Y.Doc,
  items: { elementIds?: Iterable<string>; linkIds?: Iterable<string> },
  origin: Origin = LOCAL,
): void {
  const { nodes, edges } = getMaps(doc);
  const gone = new Set(items.elementIds ?? []);
  doc.transact(() => {
    for (const id of gone) nodes.delete(id);
    for (const id of items.linkIds ?? []) edges.delete(id);
    for (const [id, link] of edges) {
      if (
        !isYMap(link) ||
        gone.has(link.get("source") as string) ||
        gone.has(link.get("target") as string)
      ) {
        edges.delete(id);
      }
    }
  }, origin);
}

export function connect(doc: Y.Doc, link: NewLink, origin: Origin = LOCAL): boolean {
  let ok = false;
  doc.transact(() => {
    ok = writeLink(doc, link, linkedPairs(doc));
  }, origin);
  return ok;
}

export function updateLink(doc: Y.Doc, id: string, patch: LinkPatch, origin: Origin = LOCAL): void {
  const map = getMaps(doc).edges.get(id);
  if (!isYMap(map)) return;
  doc.transact(() => {
    for (const [name, value] of Object.entries(patch)) {
      const field = (LINK as Record<string, Field<unknown>>)[name];
      if (LINK_PATCHABLE.has(name) && value !== undefined) writeField(map, name, field, value);
    }
  }, origin);
}

/** Paste, duplicate and import: many elements and links as one step. */
export function insertFragment(
  doc: Y.Doc,
  fragment: { elements: readonly NewElement[]; links: readonly NewLink[] },
  origin: Origin = LOCAL,
): { elements: number; links: number } {
  const added = { elements: 0, links: 0 };
  doc.transact(() => {
    for (const el of fragment.elements) if (writeElement(doc, el)) added.elements++;
    const pairs = linkedPairs(doc);
    for (const link of fragment.links) if (writeLink(doc, link, pairs)) added.links++;
  }, origin);
  return added;
}

export function setDocumentTitle(doc: Y.Doc, title: string, origin: Origin = LOCAL): void {
  const cleaned = DOCUMENT_TITLE.parse(title);
  if (cleaned === undefined) return;
  doc.transact(() => setIfChanged(getMaps(doc).meta, "title", cleaned), origin);
}

export function setFraming(doc: Y.Doc, framing: FramingId, origin: Origin = LOCAL): void {
  if (framing !== "toc" && framing !== "logic") return;
  doc.transact(() => setIfChanged(getMaps(doc).meta, "framing", framing), origin);
}
