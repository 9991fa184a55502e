// Editing the selection: title, links, moving, deleting, undo, the clipboard.
import { fromView } from "../domain/geometry";
import { deleteSelection, nudgeSelection, redo, selectAll, undo } from "../store/actions";
import {
  copySelection,
  cutSelection,
  duplicateSelection,
  pasteFromButton,
  pasteFromClipboard,
} from "../store/clipboard";
import { setSelection, useEditor } from "../store/editorStore";
import { hasModel, hasSelectedElements, hasSelection } from "./state";
import type { Action } from "./types";

/** The element whose title Enter/F2 edits: the focused one, else the only selected one. */
function titleTarget(): string | null {
  const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
    ".react-flow__node",
  );
  const selected = useEditor.getState().selectedElements;
  return focused?.dataset.id ?? (selected.size === 1 ? [...selected][0] : null);
}

const linkField = () => document.getElementById("el-link-to");

const ARROWS = [
  ["up", "ArrowUp", 0, -1],
  ["down", "ArrowDown", 0, 1],
  ["left", "ArrowLeft", -1, 0],
  ["right", "ArrowRight", 1, 0],
] as const;

const MOVE_ACTIONS: Action[] = ARROWS.map(([name, key, dx, dy]) => ({
  id: `move-${name}`,
  label: `Move selection ${name}`,
  group: "Edit",
  keys: [key, `Shift+${key}`],
  scope: "canvas",
  writes: true,
  enabled: hasSelectedElements,
  perform: ({ shift }) => {
    // Move by `step` on screen, converted to document units for this framing.
    const step = shift ? 50 : 10;
    const framing = useEditor.getState().model?.meta.framing ?? "logic";
    const origin = fromView(framing, { x: 0, y: 0 });
    const moved = fromView(framing, { x: dx * step, y: dy * step });
    nudgeSelection(moved.x - origin.x, moved.y - origin.y);
  },
}));

export const EDIT_ACTIONS: Action[] = [
  {
    id: "edit-title",
    label: "Edit title",
    group: "Edit",
    icon: "pencil",
    keys: ["Enter", "F2"],
    scope: "canvas",
    writes: true,
    enabled: () => titleTarget() !== null,
    perform: () => useEditor.setState({ editingId: titleTarget() }),
  },
  {
    id: "link-to",
    label: "Link to another element",
    group: "Edit",
    icon: "link",
    keys: ["L"],
    writes: true,
    // Straight to "Add a link to…" in the side panel (when it shows it): tabbing
    // there would pass (and select) every element in between.
    enabled: (s) => s.editor.selectedElements.size === 1 && linkField() !== null,
    perform: () => linkField()?.focus(),
  },
  ...MOVE_ACTIONS,
  {
    id: "undo",
    label: "Undo",
    group: "Edit",
    icon: "undo",
    keys: ["Mod+Z"],
    writes: true,
    enabled: (s) => s.editor.canUndo,
    perform: undo,
  },
  {
    id: "redo",
    label: "Redo",
    group: "Edit",
    icon: "redo",
    keys: ["Ctrl+Y", "Mod+Shift+Z"],
    writes: true,
    enabled: (s) => s.editor.canRedo,
    perform: redo,
  },
  {
    id: "delete",
    label: "Delete",
    group: "Edit",
    icon: "delete",
    keys: ["Delete", "Backspace"],
    writes: true,
    enabled: hasSelection,
    perform: deleteSelection, // one transaction: elements and their links
  },
  {
    id: "copy",
    label: "Copy",
    group: "Edit",
    icon: "copy",
    keys: ["Mod+C"],
    clipboardEvent: "copy",
    writes: false,
    enabled: hasSelectedElements,
    // From a menu, ask the browser for a copy event; it brings the clipboard back here.
    perform: ({ clipboard }) =>
      void (clipboard === undefined ? document.execCommand("copy") : copySelection(clipboard)),
  },
  {
    id: "cut",
    label: "Cut",
    group: "Edit",
    icon: "cut",
    keys: ["Mod+X"],
    clipboardEvent: "cut",
    writes: true,
    enabled: hasSelectedElements,
    perform: ({ clipboard }) =>
      void (clipboard === undefined ? document.execCommand("cut") : cutSelection(clipboard)),
  },
  {
    id: "paste",
    label: "Paste",
    group: "Edit",
    icon: "paste",
    keys: ["Mod+V"],
    clipboardEvent: "paste",
    writes: true,
    enabled: hasModel,
    perform: ({ clipboard }) =>
      clipboard === undefined ? pasteFromButton() : pasteFromClipboard(clipboard),
  },
  {
    id: "duplicate",
    label: "Duplicate",
    group: "Edit",
    icon: "duplicate",
    keys: ["Mod+D"],
    writes: true,
    enabled: hasSelectedElements,
    perform: duplicateSelection,
  },
  {
    id: "select-all",
    label: "Select all",
    group: "Edit",
    icon: "select-all",
    keys: ["Mod+A"],
    writes: false,
    enabled: hasModel,
    perform: selectAll,
  },
  {
    id: "clear-selection",
    label: "Clear the selection",
    group: "Edit",
    keys: ["Escape"],
    writes: false,
    enabled: hasSelection,
    perform: () => setSelection([]),
  },
];
