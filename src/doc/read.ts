// Typed reads. A replica may hold anything a peer or an old version wrote, so
// every read validates and repairs: unknown kinds become notes, bad numbers
// fall back to 0, text is cleaned. Links whose ends are missing are not shown
// (a link and a concurrent delete of its element can both win).
import * as Y from "yjs";
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
import { isFramingId } from "../domain/stages";
import { cleanCoordinate, cleanText, isFiniteNumber } from "../domain/text";
import { type DocMaps, getMaps } from "./schema";

export function readMeta(meta: Y.Map<unknown>): TocMeta {
  const framing = meta.get("framing");
  const createdAt = meta.get("createdAt");
  const version = meta.get("schemaVersion");
  return {
    title: cleanText(meta.get("title"), MAX_TITLE_LENGTH, true) || DEFAULT_DOCUMENT_TITLE,
    framing: isFramingId(framing) ? framing : "toc",
    createdAt: isFiniteNumber(createdAt) ? createdAt : 0,
    schemaVersion: isFiniteNumber(version) ? version : 0,
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
    description: cleanText(map.get("description"), MAX_DESCRIPTION_LENGTH),
    position: readPosition(map.get("position")),
  };
}

export function readLink(id: string, map: Y.Map<unknown>): TocLink | null {
  const source = map.get("source");
  const target = map.get("target");
  if (!isValidId(id) || !isValidId(source) || !isValidId(target) || source === target) return null;
  return { id, source, target, rationale: cleanText(map.get("rationale"), MAX_DESCRIPTION_LENGTH) };
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
  return { meta: readMeta(maps.meta), elements, links };
}
