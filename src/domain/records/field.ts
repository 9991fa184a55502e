// The kinds of field a record spec is made of. A field says what it holds,
// its default, its limits and how any value (typed by a person, written by a
// peer or an older version, read from a file) becomes a valid one. The
// document's writer and reader, the mirror's equality, the .toc.json restore
// and the sheet import all go through these, so they cannot disagree.
import type { Point } from "../geometry";
import { isValidId } from "../ids";
import { cleanCoordinate, cleanText, isFiniteNumber } from "../text";

export type FieldType =
  | "id"
  /** One line: tabs and line breaks become spaces. */
  | "line"
  | "paragraph"
  | "choice"
  /** A stage id or null; an element's kind decides which stages it may take. */
  | "stage"
  /** The id of another record, or null. */
  | "idRef"
  | "number"
  | "point"
  | "tags"
  /** Stakeholder group id → role. */
  | "roles"
  /** A list of detail items (assumptions, indicators, evidence). */
  | "details";

export interface Field<T> {
  readonly type: FieldType;
  /** What a reader shows when the stored value cannot be used. */
  readonly default: T;
  /** A writer refuses the record (or ignores the change) rather than use the default. */
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly choices?: readonly string[];
  /** Surrounding white space is removed. */
  readonly trim?: boolean;
  /** Prose several people type into at once: merged character by character, never trimmed. */
  readonly shared?: boolean;
  /** The value cleaned, or undefined when it cannot be used as given. */
  readonly parse: (value: unknown) => T | undefined;
  /** Any value → a valid one: parsed, or the default. */
  readonly clean: (value: unknown) => T;
  /** Whether two valid values are the same (the mirror keeps the old object then). */
  readonly same: (a: T, b: T) => boolean;
}

/** One field spec for every property of a record type: none can be left out. */
export type Fields<T> = { readonly [K in keyof T]-?: Field<T[K]> };

const identical = <T>(a: T, b: T) => a === b;

export function makeField<T>(
  spec: Omit<Field<T>, "clean" | "same"> & Partial<Pick<Field<T>, "clean" | "same">>,
): Field<T> {
  const { parse } = spec;
  return {
    clean: (value) => parse(value) ?? spec.default,
    same: identical,
    ...spec,
  };
}

interface TextOptions {
  trim?: boolean;
  shared?: boolean;
  /** Shown instead of an empty text; an empty value is then unusable (parse gives undefined). */
  fallback?: string;
}

/**
 * Text: well-formed Unicode, no control characters except tab and newline
 * (none at all on one line), at most `maxLength` UTF-16 units, then trimmed
 * if asked. Anything that is not a string is empty.
 */
function text(type: "line" | "paragraph", maxLength: number, options: TextOptions): Field<string> {
  const { trim = false, shared, fallback } = options;
  return makeField({
    type,
    default: fallback ?? "",
    maxLength,
    trim,
    shared,
    parse: (value) => {
      const cleaned = cleanText(value, maxLength, type === "line");
      const text = trim ? cleaned.trim() : cleaned;
      return text === "" && fallback !== undefined ? undefined : text;
    },
  });
}

export const lineText = (maxLength: number, options: TextOptions = {}) =>
  text("line", maxLength, options);
export const paragraphText = (maxLength: number, options: TextOptions = {}) =>
  text("paragraph", maxLength, options);

/** This record's own id: required, never repaired by a reader. */
export const ownId = (): Field<string> =>
  makeField({
    type: "id",
    default: "",
    required: true,
    parse: (v) => (isValidId(v) ? v : undefined),
  });

/** A reference another record cannot do without (a link's ends). */
export const requiredRef = (): Field<string> =>
  makeField({
    type: "idRef",
    default: "",
    required: true,
    parse: (v) => (isValidId(v) ? v : undefined),
  });

/** A reference to another record by id; anything else is no reference (null). */
export const idRef = (): Field<string | null> =>
  makeField({ type: "idRef", default: null, parse: (v) => (isValidId(v) ? v : null) });

export function choiceOf<T extends string>(
  choices: readonly T[],
  fallback: T,
  options: { required?: boolean } = {},
): Field<T> {
  return makeField({
    type: "choice",
    default: fallback,
    choices,
    required: options.required,
    parse: (v) =>
      typeof v === "string" && (choices as readonly string[]).includes(v) ? (v as T) : undefined,
  });
}

export function stageOf<T extends string>(stages: readonly T[]): Field<T | null> {
  return makeField<T | null>({
    type: "stage",
    default: null,
    choices: stages,
    parse: (v) =>
      typeof v === "string" && (stages as readonly string[]).includes(v) ? (v as T) : null,
  });
}

/** A finite number (at least `min` when given). */
export const finiteNumber = (fallback: number, min = -Infinity): Field<number> =>
  makeField({
    type: "number",
    default: fallback,
    parse: (v) => (isFiniteNumber(v) && v >= min ? v : undefined),
  });

/** A position on the canvas: both coordinates usable, or unusable as a whole. */
export const point = (): Field<Point> =>
  makeField<Point>({
    type: "point",
    default: { x: 0, y: 0 },
    required: true,
    parse: (value) => {
      const x = cleanCoordinate(ownField(value, "x"));
      const y = cleanCoordinate(ownField(value, "y"));
      return x === null || y === null ? undefined : { x, y };
    },
    // A reader keeps whichever coordinate is usable.
    clean: (value) => ({
      x: cleanCoordinate(ownField(value, "x")) ?? 0,
      y: cleanCoordinate(ownField(value, "y")) ?? 0,
    }),
    same: (a, b) => a.x === b.x && a.y === b.y,
  });

/**
 * The usable entries of a list, in order, each cleaned by `read` (null: left
 * out), skipping repeats of a key, at most `maxItems`. Anything else is empty.
 */
function uniqueItems<T>(
  value: unknown,
  maxItems: number,
  read: (raw: unknown) => { key: string; item: T } | null,
): T[] {
  if (!Array.isArray(value)) return [];
  const items: T[] = [];
  const seen = new Set<string>();
  for (const raw of value) {
    const entry = read(raw);
    if (!entry || seen.has(entry.key)) continue;
    seen.add(entry.key);
    items.push(entry.item);
    if (items.length === maxItems) break;
  }
  return items;
}

export const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Tags: single-line words, trimmed, no repeats (case-insensitive), at most `maxItems`. */
export function tagList(maxItems: number, maxLength: number): Field<readonly string[]> {
  const tag = lineText(maxLength, { trim: true });
  const parse = (value: unknown) =>
    uniqueItems(value, maxItems, (raw) => {
      const cleaned = tag.clean(raw);
      return cleaned ? { key: cleaned.toLocaleLowerCase("en-GB"), item: cleaned } : null;
    });
  return makeField<readonly string[]>({
    type: "tags",
    default: [],
    maxItems,
    maxLength,
    parse,
    same: sameList,
  });
}

export const sameRecord = (
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
};

/** Id → one of `roles`; entries with an unusable id or role are left out. */
export function roleMap<T extends string>(roles: readonly T[]): Field<Readonly<Record<string, T>>> {
  const role = choiceOf(roles, roles[0]);
  return makeField<Readonly<Record<string, T>>>({
    type: "roles",
    default: {},
    choices: roles,
    parse: (value) => {
      const out: Record<string, T> = {};
      if (typeof value !== "object" || value === null) return out;
      for (const [id, raw] of Object.entries(value)) {
        const parsed = role.parse(raw);
        if (isValidId(id) && parsed !== undefined) out[id] = parsed;
      }
      return out;
    },
    same: sameRecord,
  });
}

const entriesCache = new WeakMap<object, ReadonlyArray<readonly [string, Field<unknown>]>>();

/** A spec's fields as [name, field] pairs, in order (worked out once per spec: readers are hot). */
export function fieldEntries<T>(
  fields: Fields<T>,
): ReadonlyArray<readonly [string, Field<unknown>]> {
  let entries = entriesCache.get(fields);
  if (!entries) {
    entries = Object.entries(fields) as [string, Field<unknown>][];
    entriesCache.set(fields, entries);
  }
  return entries;
}

/** Every field of a record cleaned, each read by `get`. */
export function cleanFields<T>(
  fields: Fields<T>,
  get: (name: string, field: Field<unknown>) => unknown,
): T {
  const record: Record<string, unknown> = {};
  for (const [name, field] of fieldEntries(fields)) record[name] = field.clean(get(name, field));
  return record as T;
}

/** Whether two clean records agree on every field. */
export function sameFields<T>(fields: Fields<T>, a: T, b: T): boolean {
  for (const [name, field] of fieldEntries(fields)) {
    if (!field.same(a[name as keyof T], b[name as keyof T])) return false;
  }
  return true;
}

/** An own property of a plain object (never an inherited one such as `constructor`). */
export function ownField(record: unknown, name: string): unknown {
  return typeof record === "object" && record !== null && Object.hasOwn(record, name)
    ? (record as Record<string, unknown>)[name]
    : undefined;
}

/**
 * A list of detail items: records with a usable, unique id, each field
 * cleaned by the item's spec, at most `maxItems`.
 */
export function detailList<T extends { id: string }>(
  item: Fields<T>,
  maxItems: number,
): Field<readonly T[]> {
  const parse = (value: unknown) =>
    uniqueItems(value, maxItems, (raw) => {
      const id = ownField(raw, "id");
      return isValidId(id)
        ? { key: id, item: cleanFields(item, (name) => ownField(raw, name)) }
        : null;
    });
  return makeField<readonly T[]>({
    type: "details",
    default: [],
    maxItems,
    parse,
    same: (a, b) => a.length === b.length && a.every((x, i) => sameFields(item, x, b[i])),
  });
}
