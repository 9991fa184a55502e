// Copy, cut, paste and duplicate: reading and writing the clipboard and
// running the commands. What goes on the clipboard and what a paste inserts
// are io/clipboard's rules. Pasting is one undo step.
import { insertFragment, type NewElement, type NewLink } from "../doc/commands";
import {
  clipboardContents,
  FRAGMENT_MIME,
  selectionFragment as fragmentOf,
} from "../io/clipboard/copy";
import {
  MAX_PASTE_BYTES,
  MAX_TEXT_LINES,
  notesFromLines,
  pastedFragment,
  pastedLines,
} from "../io/clipboard/paste";
import { serializeToc } from "../io/tocJson/format";
import { parseTocFile } from "../io/tocJson/parse";
import { deleteSelection, writableDoc } from "./actions";
import { setSelection, useEditor } from "./editorStore";
import { showMessage } from "./notices";

let lastCopied: { json: string; text: string } | null = null;

function selectionFragment() {
  const { model, selectedElements } = useEditor.getState();
  return model ? fragmentOf(model, selectedElements) : null;
}

/** Fills a copy/cut event's clipboard; returns false when nothing is selected. */
export function copySelection(data: DataTransfer | null): boolean {
  const fragment = selectionFragment();
  if (!fragment) return false;
  lastCopied = clipboardContents(fragment, new Date(), __APP_VERSION__);
  data?.setData(FRAGMENT_MIME, lastCopied.json);
  data?.setData("text/plain", lastCopied.text);
  showMessage(`Copied ${fragment.elements.length} element(s).`);
  return true;
}

export function cutSelection(data: DataTransfer | null): void {
  if (copySelection(data)) deleteSelection();
}

function insert(items: { elements: NewElement[]; links: NewLink[] }, message: string): void {
  const doc = writableDoc();
  if (!doc) return;
  insertFragment(doc, items);
  setSelection(items.elements.map((e) => e.id));
  showMessage(message);
}

async function pasteFromJson(json: string): Promise<void> {
  if (!writableDoc()) return;
  const parsed = await parseTocFile(json);
  if (!parsed.ok) {
    showMessage(`Nothing was pasted. ${parsed.message}`, "error");
    return;
  }
  const items = pastedFragment(parsed.document, useEditor.getState().model);
  insert(items, `Pasted ${items.elements.length} element(s).`);
}

function pasteText(text: string): void {
  if (!writableDoc() || !useEditor.getState().model) return;
  const lines = pastedLines(text);
  if (lines.length === 0) return;
  if (lines.length > MAX_TEXT_LINES) {
    showMessage(
      `Nothing was pasted: that is ${lines.length} lines, and at most ${MAX_TEXT_LINES} can become notes at once.`,
      "error",
    );
    return;
  }
  insert(
    { elements: notesFromLines(lines), links: [] },
    `Pasted ${lines.length} line(s) as notes.`,
  );
}

export function pasteFromClipboard(data: DataTransfer | null): void {
  const json = data?.getData(FRAGMENT_MIME) ?? "";
  const text = data?.getData("text/plain") ?? "";
  if (json.length > MAX_PASTE_BYTES || text.length > MAX_PASTE_BYTES) {
    showMessage("Nothing was pasted: the clipboard holds more than 10 MB.", "error");
    return;
  }
  if (json) void pasteFromJson(json);
  else if (text) pasteText(text);
}

/** The Paste button: the last copy made in this tab, else the system clipboard's text. */
export async function pasteFromButton(): Promise<void> {
  if (lastCopied) return pasteFromJson(lastCopied.json);
  try {
    const text = await navigator.clipboard.readText();
    if (text.length > MAX_PASTE_BYTES)
      showMessage("Nothing was pasted: the clipboard holds more than 10 MB.", "error");
    else pasteText(text);
  } catch {
    showMessage(
      "The browser did not allow reading the clipboard. Use Ctrl+V (or ⌘V) instead.",
      "error",
    );
  }
}

export function duplicateSelection(): void {
  const fragment = selectionFragment();
  if (fragment) void pasteFromJson(serializeToc(fragment, new Date(), __APP_VERSION__));
}
