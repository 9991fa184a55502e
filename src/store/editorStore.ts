// The editor's state: a read-only mirror of the open document (rebuilt from
// document events; unchanged elements keep their identity) and this person's
// own UI state, which is never written to the document.
import { create } from "zustand";
import type { Point } from "../domain/geometry";
import type { TocModel } from "../domain/model";

export type SaveState =
  | { state: "loading" }
  | { state: "saved" }
  | { state: "saving" }
  | { state: "error"; message: string };

export type OpenState = "closed" | "loading" | "ready" | "missing" | "too-new" | "failed";

export interface EditorState {
  docId: string | null;
  open: OpenState;
  model: TocModel | null;
  save: SaveState;
  savedCount: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Selected element and link ids (this person only). */
  selectedElements: ReadonlySet<string>;
  selectedLinks: ReadonlySet<string>;
  /** Element whose title is being edited inline. */
  editingId: string | null;
  /** Positions shown while a drag is in progress, in document units. */
  dragPreview: ReadonlyMap<string, Point> | null;
}

const EMPTY: ReadonlySet<string> = new Set();

export const initialEditorState: EditorState = {
  docId: null,
  open: "closed",
  model: null,
  save: { state: "loading" },
  savedCount: 0,
  canUndo: false,
  canRedo: false,
  selectedElements: EMPTY,
  selectedLinks: EMPTY,
  editingId: null,
  dragPreview: null,
};

export const useEditor = create<EditorState>(() => initialEditorState);

export function setSelection(elements: Iterable<string>, links: Iterable<string> = []): void {
  useEditor.setState({ selectedElements: new Set(elements), selectedLinks: new Set(links) });
}
