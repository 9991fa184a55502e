// The shortcuts shown by "?" — kept beside the handlers so they cannot drift.
export const SHORTCUTS: ReadonlyArray<[keys: string, action: string]> = [
  ["1 – 7", "Add impact, outcome, output, activity, input, assumption, note"],
  ["Enter or F2", "Edit the selected element's title"],
  ["L", "Link the selected element to another (jumps to “Add a link to…”)"],
  ["Escape", "Cancel editing; clear the selection"],
  ["Tab / Shift+Tab", "Move between elements"],
  ["Arrow keys (Shift: faster)", "Move the selected elements"],
  ["Delete or Backspace", "Delete the selection"],
  ["Ctrl+Z / ⌘Z", "Undo your last change"],
  ["Ctrl+Y, Ctrl+Shift+Z / ⌘⇧Z", "Redo"],
  ["Ctrl+C, Ctrl+X, Ctrl+V", "Copy, cut, paste"],
  ["Ctrl+D", "Duplicate the selection"],
  ["Ctrl+A", "Select everything"],
  ["Ctrl + / Ctrl − / Ctrl 0", "Zoom in, zoom out, fit to screen"],
  ["Shift+drag", "Select with a box"],
  ["?", "Show this list"],
];
