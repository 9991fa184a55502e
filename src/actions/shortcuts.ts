// The "?" list: every action with a key, by group, then the gestures that are
// not actions. Built from the registry so it cannot drift from the keys.

import { GESTURES } from "./help";
import { formatBinding } from "./keys";
import { ACTIONS } from "./registry";
import { ACTION_GROUPS, type ActionGroup } from "./types";

export interface ShortcutRow {
  keys: string;
  label: string;
}

export function shortcutSections(
  mac?: boolean,
): { group: ActionGroup | "Gestures"; rows: ShortcutRow[] }[] {
  const sections: { group: ActionGroup | "Gestures"; rows: ShortcutRow[] }[] = ACTION_GROUPS.map(
    (group) => ({
      group,
      rows: ACTIONS.filter((a) => a.group === group && a.keys?.length).map((a) => ({
        keys: (a.keys ?? []).map((k) => formatBinding(k, mac)).join(" or "),
        label: a.label,
      })),
    }),
  );
  sections.push({ group: "Gestures", rows: GESTURES.map(([keys, label]) => ({ keys, label })) });
  return sections.filter((s) => s.rows.length > 0);
}
