// Document shortcuts (each also a visible button): undo/redo, select all,
// duplicate, add elements by number, Escape, and "?" for the list. Clipboard
// keys arrive as the browser's copy/cut/paste events. Nothing acts while the
// user types in a field.
import { useEffect } from "react";
import { ELEMENT_KINDS } from "../../domain/kinds";
import { addElement, redo, selectAll, undo } from "../../store/actions";
import {
  copySelection,
  cutSelection,
  duplicateSelection,
  pasteFromClipboard,
} from "../../store/clipboard";
import { setSelection, useEditor } from "../../store/editorStore";
import { isTypingTarget } from "../typing";

/** `enabled` is false while another view (the print view) stands in for the canvas. */
export function useShortcuts(openHelp: () => void, enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === "z" && !event.shiftKey) undo();
      else if ((mod && key === "z" && event.shiftKey) || (event.ctrlKey && key === "y")) redo();
      else if (mod && key === "a") selectAll();
      else if (mod && key === "d") duplicateSelection();
      else if (!mod && !event.altKey && /^[1-7]$/.test(event.key)) {
        const kind = ELEMENT_KINDS[Number(event.key) - 1];
        if (kind) addElement(kind);
      } else if (!mod && event.key === "?") openHelp();
      else if (!mod && !event.altKey && key === "l" && document.getElementById("el-link-to")) {
        // Straight to "Add a link to…" for the selected element: tabbing there
        // would pass (and select) every element in between.
        document.getElementById("el-link-to")?.focus();
      } else if (event.key === "Escape") setSelection([]);
      else handled = false;
      if (handled) event.preventDefault();
    };
    const guard = (fn: (data: DataTransfer | null) => void) => (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector("dialog[open]")) return;
      if (event.type !== "paste" && useEditor.getState().selectedElements.size === 0) return;
      event.preventDefault();
      fn(event.clipboardData);
    };
    const onCopy = guard(copySelection);
    const onCut = guard(cutSelection);
    const onPaste = guard(pasteFromClipboard);
    window.addEventListener("keydown", onKey);
    document.addEventListener("copy", onCopy);
    document.addEventListener("cut", onCut);
    document.addEventListener("paste", onPaste);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("cut", onCut);
      document.removeEventListener("paste", onPaste);
    };
  }, [openHelp, enabled]);
}
