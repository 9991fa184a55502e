// Add one of the seven element kinds (keys 1–7), near the selection or where
// the context menu opened.
import { ELEMENT_KINDS, KINDS } from "../domain/kinds";
import { addElement } from "../store/actions";
import { hasModel } from "./state";
import type { Action } from "./types";

export const ADD_ACTIONS: Action[] = ELEMENT_KINDS.map((kind, i) => ({
  id: `add-${kind}`,
  label: `Add ${KINDS[kind].label.toLowerCase()}`,
  shortLabel: KINDS[kind].label,
  group: "Add",
  icon: `kind-${kind}`,
  keys: [String(i + 1)],
  writes: true,
  enabled: hasModel,
  perform: ({ at }) => void addElement(kind, at ? { near: at } : {}),
}));
