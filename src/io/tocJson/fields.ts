// Reading untrusted parsed JSON: own properties only (never inherited ones
// such as `constructor`), text through cleanText, fresh ids that collide with
// nothing. Nothing here copies an input object; callers build new ones.
import { newId } from "../../domain/ids";
import type { Field } from "../../domain/records/field";
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
 * Text from the file, cleaned by its field's spec. Missing or null is simply
 * empty; anything else that is not a string is left blank and counted;
 * strings are counted when cleaning changed more than surrounding spaces.
 */
export function readText(value: unknown, spec: Field<string>, repairs: RepairLog): string {
  if (value === undefined || value === null) return spec.default;
  if (typeof value !== "string") {
    repairs.add("textsBlank");
    return spec.default;
  }
  const cleaned = spec.clean(value);
  if (cleaned !== (spec.trim ? value.trim() : value)) repairs.add("textsTidied");
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
