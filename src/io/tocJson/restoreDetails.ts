// Tolerant restore of what version 2 documents add: each element's and link's
// details (assumptions, indicators, evidence), status, owner, tags, group and
// stakeholder records, and the document's registers (stakeholder groups,
// element groups, dismissed findings) and accountability ceiling. Files
// without them (version 1) restore with empty lists. References to a group or
// stakeholder the file does not define are dropped and counted.
import { cleanDetailFields, type DetailList } from "../../doc/detailLists";
import {
  type Dismissal,
  type ElementStatus,
  isStakeholderRole,
  type StakeholderRole,
} from "../../domain/details";
import { isValidId } from "../../domain/ids";
import { ELEMENT } from "../../domain/records/elements";
import { cleanFields } from "../../domain/records/field";
import {
  MAX_DETAILS_PER_LIST,
  MAX_DISMISSALS,
  MAX_ELEMENT_GROUPS,
  MAX_STAKEHOLDER_GROUPS,
} from "../../domain/records/limits";
import { DISMISSAL, ELEMENT_GROUP, STAKEHOLDER_GROUP } from "../../domain/records/registers";
import { isStageId, type StageId } from "../../domain/stages";
import { field, freshId, isRecord, type JsonRecord } from "./fields";
import type { RepairLog } from "./repairs";

export interface Registers {
  ceiling: StageId | null;
  /** null: the file has no register (version 1), so the starting set is used. */
  stakeholders: { id: string; name: string }[] | null;
  groups: { id: string; title: string }[];
  dismissals: Dismissal[];
}

function records(value: unknown, repairs: RepairLog, max: number): JsonRecord[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    repairs.add("detailsDropped");
    return [];
  }
  const list = value.filter(isRecord);
  const dropped = value.length - list.length + Math.max(0, list.length - max);
  if (dropped > 0) repairs.add("detailsDropped", dropped);
  return list.slice(0, max);
}

/** Entries with a usable, unique id; others get fresh ones. */
function withIds(list: JsonRecord[]): { id: string; raw: JsonRecord }[] {
  const ids = new Set<string>();
  return list.map((raw) => {
    const rawId = field(raw, "id");
    const id = isValidId(rawId) && !ids.has(rawId) ? rawId : freshId(ids);
    ids.add(id);
    return { id, raw };
  });
}

export function restoreDetailList<L extends DetailList>(
  raw: JsonRecord,
  list: L,
  repairs: RepairLog,
) {
  return withIds(records(field(raw, list), repairs, MAX_DETAILS_PER_LIST)).map(({ id, raw }) => ({
    id,
    ...cleanDetailFields(list, raw),
  }));
}

export function restoreRegisters(raw: JsonRecord, repairs: RepairLog): Registers {
  const ceiling = field(raw, "ceiling");
  const rawStakeholders = field(raw, "stakeholders");
  const stakeholders =
    rawStakeholders === undefined
      ? null
      : withIds(records(rawStakeholders, repairs, MAX_STAKEHOLDER_GROUPS)).map(({ id, raw }) => ({
          id,
          name: STAKEHOLDER_GROUP.name.clean(field(raw, "name")),
        }));
  const rawGroups = records(field(raw, "groups"), repairs, MAX_ELEMENT_GROUPS);
  const groups = withIds(rawGroups).map(({ id, raw }) => ({
    id,
    title: ELEMENT_GROUP.title.clean(field(raw, "title")),
  }));
  const dismissals: Dismissal[] = [];
  const keys = new Set<string>();
  for (const entry of records(field(raw, "dismissals"), repairs, MAX_DISMISSALS)) {
    const key = DISMISSAL.key.parse(field(entry, "key"));
    if (key === undefined || keys.has(key)) {
      repairs.add("detailsDropped");
      continue;
    }
    keys.add(key);
    dismissals.push(cleanFields(DISMISSAL, (name) => field(entry, name)));
  }
  return { ceiling: isStageId(ceiling) ? ceiling : null, stakeholders, groups, dismissals };
}

export interface ElementExtras {
  status: ElementStatus;
  owner: string;
  tags: string[];
  group: string | null;
  stakeholders: Record<string, StakeholderRole>;
}

/**
 * An element's status, owner, tags, group and stakeholder records, keeping
 * only references to groups and stakeholders the document defines.
 */
export function restoreElementExtras(
  raw: JsonRecord,
  known: { groups: ReadonlySet<string>; stakeholders: ReadonlySet<string> },
  repairs: RepairLog,
): ElementExtras {
  const group = field(raw, "group");
  let dropped = 0;
  const tags: string[] = [];
  const rawTags = field(raw, "tags");
  if (Array.isArray(rawTags)) {
    for (const tag of rawTags) {
      if (typeof tag === "string") tags.push(tag);
      else dropped++;
    }
  }
  const stakeholders: Record<string, StakeholderRole> = {};
  const rawRoles = field(raw, "stakeholders");
  if (isRecord(rawRoles)) {
    for (const [id, role] of Object.entries(rawRoles)) {
      if (known.stakeholders.has(id) && isStakeholderRole(role)) stakeholders[id] = role;
      else dropped++;
    }
  }
  const knownGroup = typeof group === "string" && known.groups.has(group) ? group : null;
  if (group !== undefined && group !== null && !knownGroup) dropped++;
  if (dropped > 0) repairs.add("detailsDropped", dropped);
  return {
    status: ELEMENT.status.clean(field(raw, "status")),
    owner: ELEMENT.owner.clean(field(raw, "owner")),
    tags,
    group: knownGroup,
    stakeholders,
  };
}
