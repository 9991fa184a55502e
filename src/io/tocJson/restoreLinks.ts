// Tolerant restore of the link list: ends resolved through the element ids
// (including renamed ones), dangling links, self-loops and repeats dropped,
// unusable or repeated link ids replaced.

import type { NewLink } from "../../doc/commands";
import { isValidId } from "../../domain/ids";
import { LINK } from "../../domain/records/elements";
import { field, freshId, idKey, isRecord, readText } from "./fields";
import type { RepairLog } from "./repairs";
import { restoreDetailList } from "./restoreDetails";

export function restoreLinks(
  list: readonly unknown[],
  refs: ReadonlyMap<string, string>,
  elementIds: ReadonlySet<string>,
  repairs: RepairLog,
): NewLink[] {
  const resolve = (value: unknown): string | undefined => {
    const key = idKey(value);
    return key ? refs.get(key) : undefined;
  };

  const reserved = new Set<string>();
  for (const item of list) {
    const id = isRecord(item) ? field(item, "id") : undefined;
    if (isValidId(id) && !elementIds.has(id)) reserved.add(id);
  }

  const links: NewLink[] = [];
  const ids = new Set<string>();
  const pairs = new Set<string>();
  for (const raw of list) {
    if (!isRecord(raw)) {
      repairs.add("unreadableLinks");
      continue;
    }
    const source = resolve(field(raw, "source"));
    const target = resolve(field(raw, "target"));
    if (source === undefined || target === undefined) {
      repairs.add("danglingLinks");
      continue;
    }
    if (source === target) {
      repairs.add("selfLinks");
      continue;
    }
    const pair = `${source} ${target}`; // ids never contain a space
    if (pairs.has(pair)) {
      repairs.add("duplicateLinks");
      continue;
    }
    pairs.add(pair);
    const rawId = field(raw, "id");
    let id: string;
    if (isValidId(rawId) && !ids.has(rawId) && !elementIds.has(rawId)) {
      id = rawId;
    } else {
      id = freshId(ids, reserved, elementIds);
      repairs.add("badLinkIds");
    }
    ids.add(id);
    links.push({
      id,
      source,
      target,
      rationale: readText(field(raw, "rationale"), LINK.rationale, repairs),
      assumptions: restoreDetailList(raw, "assumptions", repairs),
      evidence: restoreDetailList(raw, "evidence", repairs),
    });
  }
  return links;
}
