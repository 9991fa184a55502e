// Reading untrusted parsed JSON: own properties only (never inherited ones
// such as `constructor`), text through cleanText, fresh ids that collide with
// nothing. Nothing here copies an input object; callers build new ones.
import { newId } from "../../domain/ids";
import { cleanText } from "../../domain/text";
import type { RepairLog } from "./repairs";

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property of a parsed object, or undefined. */
export function field(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Text from the file. Missing or null is simply empty; anything else that is
 * not a string is left blank and counted; strings are cleaned and counted when
 * cleaning changed them.
 */
export function readText(
  value: unknown,
  maxLength: number,
  singleLine: boolean,
  repairs: RepairLog,
): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") {
    repairs.add("textsBlank");
    return "";
  }
  const cleaned = cleanText(value, maxLength, singleLine);
  if (cleaned !== value) repairs.add("textsTidied");
  return cleaned;
}

/** A new random id that is in none of the given sets. */
export function freshId(...taken: ReadonlyArray<ReadonlySet<string>>): string {
  for (;;) {
    const id = newId();
    if (!taken.some((set) => set.has(id))) return id;
  }
}

/**
 * How a raw id is remembered for link lookups: strings and finite numbers are
 * told apart ("5" is not 5); anything else cannot be referred to.
 */
export function idKey(value: unknown): string | null {
  if (typeof value === "string") return `s:${value}`;
  if (typeof value === "number" && Number.isFinite(value)) return `n:${String(value)}`;
  return null;
}
