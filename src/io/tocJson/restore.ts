// Tolerant restore of the envelope's `document`: defaults filled, text
// cleaned, elements and links repaired (see restoreElements/restoreLinks).
// Only an unreadable list or one over the limits refuses the whole file.

import type { NewElement, NewLink } from "../../doc/commands";
import { STARTING_STAKEHOLDERS } from "../../domain/details";
import { DEFAULT_DOCUMENT_TITLE } from "../../domain/model";
import { DOCUMENT_TITLE } from "../../domain/records/registers";
import { type FramingId, isFramingId } from "../../domain/stages";
import { isFiniteNumber } from "../../domain/text";
import { field, type JsonRecord } from "./fields";
import { MAX_ELEMENTS, MAX_LINKS, MESSAGES } from "./messages";
import { DOCUMENT_NOTES, type RepairLog } from "./repairs";
import { type Registers, restoreRegisters } from "./restoreDetails";
import { restoreElements } from "./restoreElements";
import { restoreLinks } from "./restoreLinks";

export interface ImportedDocument extends Registers {
  title: string;
  framing: FramingId;
  /** Milliseconds since 1970; 0 when the file did not say (the importer then uses "now"). */
  createdAt: number;
  elements: NewElement[];
  links: NewLink[];
}

/** The latest instant a Date can hold. */
const MAX_TIME = 8.64e15;

function readList(
  value: unknown,
  what: "elements" | "links",
): { ok: true; list: readonly unknown[] } | { ok: false; message: string } {
  if (value === undefined || value === null) return { ok: true, list: [] };
  if (!Array.isArray(value)) return { ok: false, message: MESSAGES.badList(what) };
  const max = what === "elements" ? MAX_ELEMENTS : MAX_LINKS;
  if (value.length > max) {
    const message =
      what === "elements"
        ? MESSAGES.tooManyElements(value.length)
        : MESSAGES.tooManyLinks(value.length);
    return { ok: false, message };
  }
  return { ok: true, list: value };
}

function readTitle(value: unknown, repairs: RepairLog): string {
  if (value === undefined || value === null) return DEFAULT_DOCUMENT_TITLE;
  const title = DOCUMENT_TITLE.parse(value);
  if (title !== undefined) return title;
  repairs.note(DOCUMENT_NOTES.titleUnusable);
  return DEFAULT_DOCUMENT_TITLE;
}

function readFraming(value: unknown, repairs: RepairLog): FramingId {
  if (isFramingId(value)) return value;
  if (value !== undefined && value !== null) repairs.note(DOCUMENT_NOTES.framingUnusable);
  return "toc";
}

function readCreatedAt(value: unknown): number {
  if (!isFiniteNumber(value) || value < 0 || value > MAX_TIME) return 0;
  return value === 0 ? 0 : value;
}

/** What every import ends in: the restored document and its repairs summarised, or one message. */
export type ImportResult =
  | { ok: true; document: ImportedDocument; repairs: string[] }
  | { ok: false; message: string };

export function restoreToResult(raw: JsonRecord, repairs: RepairLog): ImportResult {
  const restored = restoreDocument(raw, repairs);
  return restored.ok ? { ...restored, repairs: repairs.summary() } : restored;
}

export function restoreDocument(
  raw: JsonRecord,
  repairs: RepairLog,
): { ok: true; document: ImportedDocument } | { ok: false; message: string } {
  const elementList = readList(field(raw, "elements"), "elements");
  if (!elementList.ok) return elementList;
  const linkList = readList(field(raw, "links"), "links");
  if (!linkList.ok) return linkList;

  const title = readTitle(field(raw, "title"), repairs);
  const framing = readFraming(field(raw, "framing"), repairs);
  const createdAt = readCreatedAt(field(raw, "createdAt"));
  const registers = restoreRegisters(raw, repairs);
  const known = {
    groups: new Set(registers.groups.map((g) => g.id)),
    stakeholders: new Set<string>(
      (registers.stakeholders ?? STARTING_STAKEHOLDERS).map((s) => s.id),
    ),
  };
  const { elements, refs, ids } = restoreElements(elementList.list, known, repairs);
  const links = restoreLinks(linkList.list, refs, ids, repairs);
  return { ok: true, document: { title, framing, createdAt, elements, links, ...registers } };
}
