// Finding your way: the shortcuts list and the command palette.
import type { Action } from "./types";
import { openDialog } from "./uiState";

export const HELP_ACTIONS: Action[] = [
  {
    id: "shortcuts",
    label: "Keyboard shortcuts",
    group: "Help",
    icon: "keyboard",
    keys: ["?"],
    writes: false,
    perform: () => openDialog("shortcuts"),
  },
  {
    id: "palette",
    label: "Command palette",
    group: "Help",
    icon: "search",
    keys: ["Mod+K"],
    writes: false,
    perform: () => openDialog("palette"),
  },
];

/** Gestures that are not actions, for the shortcuts list. */
export const GESTURES: ReadonlyArray<[keys: string, what: string]> = [
  ["Tab / Shift+Tab", "Move between elements"],
  ["Shift+drag", "Select with a box"],
  ["Drag from a handle", "Link two elements"],
];
