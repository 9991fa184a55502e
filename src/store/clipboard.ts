// Copy, cut, paste and duplicate. The clipboard carries the selection twice:
// as a ToC Studio file (the same validated format as *.toc.json, under our own
// MIME type) and as readable text for any other program. Pasting always
// gives fresh ids, keeps only links between pasted elements, and is one undo
// step. Plain text from elsewhere becomes one note per line.
import { insertFragment, type NewElement, type NewLink } from "../doc/commands";
import { newId } from "../domain/ids";
import { KINDS } from "../domain/kinds";
import type { TocModel } from "../domain/model";
import { FRAMINGS } from "../domain/stages";
import { serializeToc } from "../io/tocJson/format";
import { parseTocFile } from "../io/tocJson/parse";
import { deleteSelection, writableDoc } from "./actions";
import { setSelection, useEditor } from "./editorStore";
import { showMessage } from "./notices";

export const FRAGMENT_MIME = "application/x-toc-studio+json";
const MAX_PASTE_BYTES = 10 * 1024 * 1024;
const MAX_TEXT_LINES = 200;
const PASTE_OFFSET = 40;

let lastCopied: { json: string; text: string } | null = null;

function selectionFragment(): TocModel | null {
  const { model, selectedElements } = useEditor.getState();
  if (!model || selectedElements.size === 0) return null;
  const elements = model.elements.filter((e) => selectedElements.has(e.id));
  const links = model.links.filter(
    (l) => selectedElements.has(l.source) && selectedElements.has(l.target),
  );
  return { ...model, elements, links };
}

function readableText(fragment: TocModel): string {
  const names = FRAMINGS[fragment.meta.framing].stageNames;
  const lines = fragment.elements.map((e) => {
    const where = e.stage ? ` (${names[e.stage]})` : "";
    const body = e.description ? `\n  ${e.description.replace(/\n/g, "\n  ")}` : "";
    return `${KINDS[e.kind].label}${where}: ${e.title}${body}`;
  });
  const byId = new Map(fragment.elements.map((e) => [e.id, e.title]));
  for (const l of fragment.links) {
    lines.push(
      `${byId.get(l.source)} → ${byId.get(l.target)}${l.rationale ? ` (because ${l.rationale})` : ""}`,
    );
  }
  return lines.join("\n");
}

/** Fills a copy/cut event's clipboard; returns false when nothing is selected. */
export function copySelection(data: DataTransfer | null): boolean {
  const fragment = selectionFragment();
  if (!fragment) return false;
  const json = serializeToc(fragment, new Date(), __APP_VERSION__);
  lastCopied = { json, text: readableText(fragment) };
  data?.setData(FRAGMENT_MIME, json);
  data?.setData("text/plain", lastCopied.text);
  showMessage(`Copied ${fragment.elements.length} element(s).`);
  return true;
}

export function cutSelection(data: DataTransfer | null): void {
  if (copySelection(data)) deleteSelection();
}

async function pasteFromJson(json: string): Promise<void> {
  const doc = writableDoc();
  if (!doc) return;
  const parsed = await parseTocFile(json);
  if (!parsed.ok) {
    showMessage(`Nothing was pasted. ${parsed.message}`, "error");
    return;
  }
  const fresh = new Map(parsed.document.elements.map((e) => [e.id, newId()]));
  // Group and stakeholder records stay only where this document has them
  // (a paste from another document may name groups this one does not have).
  const here = useEditor.getState().model;
  const groups = new Set(here?.groups.map((g) => g.id));
  const stakeholders = new Set(here?.stakeholders.map((s) => s.id));
  const elements: NewElement[] = parsed.document.elements.map((e) => ({
    ...e,
    group: e.group && groups.has(e.group) ? e.group : null,
    stakeholders: Object.fromEntries(
      Object.entries(e.stakeholders ?? {}).filter(([id]) => stakeholders.has(id)),
    ),
    id: fresh.get(e.id) ?? newId(),
    position: { x: e.position.x + PASTE_OFFSET, y: e.position.y + PASTE_OFFSET },
  }));
  const links: NewLink[] = parsed.document.links.flatMap((l) => {
    const source = fresh.get(l.source);
    const target = fresh.get(l.target);
    return source && target ? [{ ...l, id: newId(), source, target }] : [];
  });
  insertFragment(doc, { elements, links });
  setSelection(elements.map((e) => e.id));
  showMessage(`Pasted ${elements.length} element(s).`);
}

function pasteText(text: string): void {
  const doc = writableDoc();
  const model = useEditor.getState().model;
  if (!doc || !model) return;
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return;
  if (lines.length > MAX_TEXT_LINES) {
    showMessage(
      `Nothing was pasted: that is ${lines.length} lines, and at most ${MAX_TEXT_LINES} can become notes at once.`,
      "error",
    );
    return;
  }
  const elements: NewElement[] = lines.map((title, i) => ({
    id: newId(),
    kind: "note",
    title,
    position: { x: -260, y: i * 110 },
  }));
  insertFragment(doc, { elements, links: [] });
  setSelection(elements.map((e) => e.id));
  showMessage(`Pasted ${elements.length} line(s) as notes.`);
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
