// What the user can do to the open document. UI code calls these; they run
// document commands on the active document and keep this person's selection.
import {
  addElement as addElementCommand,
  connect as connectCommand,
  deleteItems,
  type ElementPatch,
  moveElements,
  setDocumentTitle,
  setFraming as setFramingCommand,
  updateElement,
  updateLink,
} from "../doc/commands";
import type { Point } from "../domain/geometry";
import { newId } from "../domain/ids";
import { type ElementKind, KINDS } from "../domain/kinds";
import { placeNewElement } from "../domain/placement";
import type { FramingId } from "../domain/stages";
import { activeDocument } from "./editorDocument";
import { setSelection, useEditor } from "./editorStore";
import { showMessage } from "./notices";

/** The open, writable document, or null (with a message) when it is read-only. */
export function writableDoc() {
  const open = activeDocument();
  if (!open) return null;
  if (open.readOnly) {
    showMessage(
      "This theory of change was saved by a newer version of ToC Studio, so it is read-only here. Reload to update.",
      "error",
    );
    return null;
  }
  return open.doc;
}

export function addElement(
  kind: ElementKind,
  options: { near?: Point; edit?: boolean } = {},
): string | null {
  const doc = writableDoc();
  const model = useEditor.getState().model;
  if (!doc || !model) return null;
  const id = newId();
  const selected = [...useEditor.getState().selectedElements];
  const anchor = options.near ?? model.elements.find((e) => e.id === selected[0])?.position;
  const position = placeNewElement(kind, null, model.elements, anchor);
  addElementCommand(doc, { id, kind, title: `New ${KINDS[kind].label.toLowerCase()}`, position });
  setSelection([id]);
  useEditor.setState({ editingId: options.edit === false ? null : id });
  return id;
}

export function renameElement(id: string, title: string): void {
  const doc = writableDoc();
  if (doc && title.trim()) updateElement(doc, id, { title });
}

export function editElement(id: string, patch: ElementPatch): void {
  const doc = writableDoc();
  if (doc) updateElement(doc, id, patch);
}

export function editLinkRationale(id: string, rationale: string): void {
  const doc = writableDoc();
  if (doc) updateLink(doc, id, { rationale });
}

/** Writes the end of a drag or nudge: one transaction, one undo step. */
export function commitMoves(moves: ReadonlyArray<{ id: string; position: Point }>): void {
  const doc = writableDoc();
  if (doc && moves.length) moveElements(doc, moves);
}

export function nudgeSelection(dx: number, dy: number): void {
  const { model, selectedElements } = useEditor.getState();
  if (!model || selectedElements.size === 0) return;
  commitMoves(
    model.elements
      .filter((e) => selectedElements.has(e.id))
      .map((e) => ({ id: e.id, position: { x: e.position.x + dx, y: e.position.y + dy } })),
  );
}

export function deleteSelection(): void {
  const doc = writableDoc();
  const { selectedElements, selectedLinks } = useEditor.getState();
  if (!doc || (selectedElements.size === 0 && selectedLinks.size === 0)) return;
  deleteItems(doc, { elementIds: selectedElements, linkIds: selectedLinks });
  setSelection([]);
}

export function deleteItemsById(elementIds: string[], linkIds: string[]): void {
  const doc = writableDoc();
  if (doc) deleteItems(doc, { elementIds, linkIds });
  setSelection([]);
}

export function connectElements(source: string, target: string): boolean {
  const doc = writableDoc();
  if (!doc) return false;
  const ok = connectCommand(doc, { id: newId(), source, target });
  if (!ok) showMessage("Those two are already linked, or a link cannot join an element to itself.");
  return ok;
}

export function selectAll(): void {
  const model = useEditor.getState().model;
  if (model) setSelection(model.elements.map((e) => e.id));
}

export function undo(): void {
  if (writableDoc()) activeDocument()?.undo.undo();
}

export function redo(): void {
  if (writableDoc()) activeDocument()?.undo.redo();
}

export function renameDocument(title: string): void {
  const doc = writableDoc();
  if (doc) setDocumentTitle(doc, title);
}

export function setFraming(framing: FramingId): void {
  const doc = writableDoc();
  if (doc) setFramingCommand(doc, framing);
}
