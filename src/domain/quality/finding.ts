// What a check reports. A finding's key is built only from its check and the
// ids it is about, so it is the same on every peer and across unrelated edits,
// and a dismissal stored under it keeps applying.
import type { Dismissal } from "../details";
import type { CheckId } from "./catalogue";

export interface Finding {
  /** Stable: "<check>:<id>", "<check>:<sorted ids joined by commas>", or "no-impact". */
  readonly key: string;
  readonly check: CheckId;
  /** Plain English, naming the element(s) by title in quotes. */
  readonly message: string;
  /** The element the finding is about comes first. */
  readonly elementIds: readonly string[];
  readonly linkIds: readonly string[];
  /** The dismissal stored under this key, or null while the finding stands. */
  readonly dismissal: Dismissal | null;
}

/** "<check>:<id>"; several ids are sorted so their order never matters; no ids: "<check>". */
export function findingKey(check: CheckId, ids: readonly string[]): string {
  if (ids.length === 0) return check;
  const sorted = ids.length > 1 ? [...ids].sort() : ids;
  return `${check}:${sorted.join(",")}`;
}

/** A new, undismissed finding keyed by `keyIds` (checkModel attaches dismissals). */
export function finding(
  check: CheckId,
  keyIds: readonly string[],
  message: string,
  elementIds: readonly string[],
  linkIds: readonly string[] = [],
): Finding {
  return { key: findingKey(check, keyIds), check, message, elementIds, linkIds, dismissal: null };
}
