// The editor's state: a read-only mirror of the open document (rebuilt from
// document events; unchanged elements keep their identity) and this person's
// own UI state, which is never written to the document.
import { create } from "zustand";
import type { Point } from "../domain/geometry";
import type { TocElement, TocModel } from "../domain/model";

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
  /** Which tab the side panel shows. */
  sidePanel: "details" | "checks";
  /** Ask the canvas to bring an element into view (a new nonce each time). */
  focusRequest: { id: string; nonce: number } | null;
  /** Highlight what is upstream and downstream of this element; dim the rest. */
  pathwayFocus: string | null;
  /** Show only what a stakeholder group proposed, endorsed or challenged. */
  stakeholderFilter: { stakeholderId: string; role: "proposed" | "endorsed" | "challenged" } | null;
  /** Groups this person has collapsed (a view choice, not stored in the document). */
  collapsedGroups: ReadonlySet<string>;
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
  sidePanel: "details",
  focusRequest: null,
  pathwayFocus: null,
  stakeholderFilter: null,
  collapsedGroups: EMPTY,
};

export const useEditor = create<EditorState>(() => initialEditorState);

/**
 * The open model's elements by id, for what shows one element (canvas nodes
 * and links). A store of its own: it changes only with the document, so the
 * many subscribers are not woken by drags, selections or save status, which
 * change useEditor on every frame.
 */
export const useElements = create<{ byId: ReadonlyMap<string, TocElement> }>(() => ({
  byId: new Map(),
}));

/** Back to nothing open, with `state` on top (e.g. the document being opened). */
export function resetEditor(state: Partial<EditorState> = {}): void {
  useEditor.setState({ ...initialEditorState, ...state });
  useElements.setState({ byId: new Map() });
}

/**
 * Shows a new snapshot of the open document. What this person had selected,
 * was editing or was looking at and no longer exists (a peer deleted it, an
 * undo removed it) is let go, so no action runs on a ghost.
 */
export function showModel(model: TocModel): void {
  const byId = new Map(model.elements.map((e) => [e.id, e]));
  useElements.setState({ byId });
  const state = useEditor.getState();
  const gone = (id: string | null | undefined) => id != null && !byId.has(id);
  const links = state.selectedLinks.size > 0 ? new Set(model.links.map((l) => l.id)) : EMPTY;
  useEditor.setState({
    model,
    selectedElements: existing(state.selectedElements, byId),
    selectedLinks: existing(state.selectedLinks, links),
    ...(gone(state.editingId) ? { editingId: null } : {}),
    ...(gone(state.pathwayFocus) ? { pathwayFocus: null } : {}),
    ...(gone(state.focusRequest?.id) ? { focusRequest: null } : {}),
  });
}

/** `ids` without those not in `present`: the same set when nothing is dropped. */
function existing(ids: ReadonlySet<string>, present: { has(id: string): boolean }) {
  for (const id of ids) {
    if (!present.has(id)) return new Set([...ids].filter((i) => present.has(i)));
  }
  return ids;
}

export function setSelection(elements: Iterable<string>, links: Iterable<string> = []): void {
  useEditor.setState({ selectedElements: new Set(elements), selectedLinks: new Set(links) });
}

let focusNonce = 0;

/** Selects an element and asks the canvas to bring it into view. */
export function revealElement(id: string): void {
  setSelection([id]);
  useEditor.setState({ focusRequest: { id, nonce: ++focusNonce } });
}

/** Collapses or expands a group on this person's canvas. */
export function toggleGroupCollapsed(groupId: string, collapsed?: boolean): void {
  const next = new Set(useEditor.getState().collapsedGroups);
  const collapse = collapsed ?? !next.has(groupId);
  if (collapse) next.add(groupId);
  else next.delete(groupId);
  useEditor.setState({ collapsedGroups: next });
}
