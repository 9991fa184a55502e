// Every write to a document is one of these named commands: one transaction,
// one origin (LOCAL unless said otherwise), input cleaned on the way in.
// Element maps are changed in place, never replaced (see schema.ts).
import * as Y from "yjs";
import {
  type Assumption,
  type ElementStatus,
  type Evidence,
  type Indicator,
  isElementStatus,
  isStakeholderRole,
  type StakeholderRole,
} from "../domain/details";
import type { Point } from "../domain/geometry";
import { isValidId } from "../domain/ids";
import { type ElementKind, fitStage, isElementKind } from "../domain/kinds";
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from "../domain/model";
import type { FramingId } from "../domain/stages";
import { cleanCoordinate, cleanText } from "../domain/text";
import { addDetailItem, DETAIL_LISTS, LINK_DETAIL_LISTS } from "./detailLists";
import { LOCAL, type Origin } from "./origins";
import { cleanTags, MAX_NAME_LENGTH } from "./read";
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
  title?: string;
  /** Written as the smallest splice into the shared text, so others' typing survives. */
  description?: string;
  status?: ElementStatus;
  owner?: string;
  tags?: readonly string[];
  group?: string | null;
}

function cleanPoint(p: Point): Point | null {
  const x = cleanCoordinate(p?.x);
  const y = cleanCoordinate(p?.y);
  return x === null || y === null ? null : { x, y };
}

function writeElement(doc: Y.Doc, el: NewElement): boolean {
  const { nodes, edges } = getMaps(doc);
  const position = cleanPoint(el.position);
  if (!isValidId(el.id) || !isElementKind(el.kind) || !position) return false;
  // Elements and links share one id space (the canvas and the selection key by id).
  if (nodes.has(el.id) || edges.has(el.id)) return false;
  const map = new Y.Map<unknown>();
  map.set("id", el.id);
  map.set("kind", el.kind);
  map.set("stage", fitStage(el.kind, el.stage));
  map.set("title", cleanText(el.title, MAX_TITLE_LENGTH, true));
  map.set("description", new Y.Text(cleanText(el.description ?? "", MAX_DESCRIPTION_LENGTH)));
  map.set("position", position);
  map.set("status", isElementStatus(el.status) ? el.status : "proposed");
  map.set("owner", cleanText(el.owner ?? "", MAX_NAME_LENGTH, true).trim());
  map.set("tags", cleanTags(el.tags ?? []));
  map.set("group", isValidId(el.group) ? el.group : null);
  const roles = new Y.Map<unknown>();
  for (const [who, role] of Object.entries(el.stakeholders ?? {})) {
    if (isValidId(who) && isStakeholderRole(role)) roles.set(who, role);
  }
  map.set("stakeholders", roles);
  for (const list of DETAIL_LISTS) map.set(list, new Y.Map());
  nodes.set(el.id, map);
  copyDetails(map, el); // a map reads its entries only once it is in the document
  return true;
}

/** Details carried by a pasted, imported or template element or link, in their order. */
function copyDetails(map: Y.Map<unknown>, from: NewElement | NewLink): void {
  for (const a of from.assumptions ?? []) addDetailItem(map, "assumptions", a.id, a);
  for (const e of from.evidence ?? []) addDetailItem(map, "evidence", e.id, e);
  if ("indicators" in from) {
    for (const i of from.indicators ?? []) addDetailItem(map, "indicators", i.id, i);
  }
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
  if (!isValidId(link.id) || edges.has(link.id) || nodes.has(link.id)) return false;
  if (link.source === link.target) return false;
  if (!isYMap(nodes.get(link.source)) || !isYMap(nodes.get(link.target))) return false;
  const key = pairKey(link.source, link.target);
  if (pairs.has(key)) return false;
  pairs.add(key);
  const map = new Y.Map<unknown>();
  map.set("id", link.id);
  map.set("source", link.source);
  map.set("target", link.target);
  map.set("rationale", cleanText(link.rationale ?? "", MAX_DESCRIPTION_LENGTH));
  for (const list of LINK_DETAIL_LISTS) map.set(list, new Y.Map());
  edges.set(link.id, map);
  copyDetails(map, link);
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
    const kind =
      patch.kind && isElementKind(patch.kind) ? patch.kind : (map.get("kind") as ElementKind);
    if (patch.kind && isElementKind(patch.kind)) setIfChanged(map, "kind", patch.kind);
    if (patch.kind !== undefined || patch.stage !== undefined) {
      const wanted = patch.stage !== undefined ? patch.stage : map.get("stage");
      setIfChanged(map, "stage", fitStage(isElementKind(kind) ? kind : "note", wanted));
    }
    if (patch.title !== undefined) {
      setIfChanged(map, "title", cleanText(patch.title, MAX_TITLE_LENGTH, true));
    }
    if (patch.description !== undefined) {
      setText(map, "description", cleanText(patch.description, MAX_DESCRIPTION_LENGTH));
    }
    if (isElementStatus(patch.status)) setIfChanged(map, "status", patch.status);
    if (patch.owner !== undefined) {
      setIfChanged(map, "owner", cleanText(patch.owner, MAX_NAME_LENGTH, true).trim());
    }
    if (patch.tags !== undefined) setTags(map, cleanTags(patch.tags));
    if (patch.group !== undefined) {
      setIfChanged(map, "group", isValidId(patch.group) ? patch.group : null);
    }
    const position = patch.position && cleanPoint(patch.position);
    if (position) setIfChanged(map, "position", position);
  }, origin);
}

function setTags(map: Y.Map<unknown>, tags: string[]): void {
  const current = cleanTags(map.get("tags"));
  const same = current.length === tags.length && current.every((t, i) => t === tags[i]);
  if (!same || !Array.isArray(map.get("tags"))) map.set("tags", tags);
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
      const p = cleanPoint(position);
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

export function updateLink(
  doc: Y.Doc,
  id: string,
  patch: { rationale?: string },
  origin: Origin = LOCAL,
): void {
  const map = getMaps(doc).edges.get(id);
  if (!isYMap(map) || patch.rationale === undefined) return;
  doc.transact(() => {
    setIfChanged(map, "rationale", cleanText(patch.rationale, MAX_DESCRIPTION_LENGTH));
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
  const cleaned = cleanText(title, MAX_TITLE_LENGTH, true).trim();
  if (!cleaned) return;
  doc.transact(() => setIfChanged(getMaps(doc).meta, "title", cleaned), origin);
}

export function setFraming(doc: Y.Doc, framing: FramingId, origin: Origin = LOCAL): void {
  if (framing !== "toc" && framing !== "logic") return;
  doc.transact(() => setIfChanged(getMaps(doc).meta, "framing", framing), origin);
}
