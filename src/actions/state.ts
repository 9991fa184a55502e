// Questions actions ask of the editor's state.
import type { ElementGroup } from "../domain/details";
import type { TocElement } from "../domain/model";
import { useEditor } from "../store/editorStore";
import { useCollab } from "../store/liveSession";
import type { ActionState } from "./types";
import { useUi } from "./uiState";

/** The state as it is now (for deciding outside React). */
export function actionStateNow(): ActionState {
  return {
    editor: useEditor.getState(),
    ui: useUi.getState(),
    inSession: useCollab.getState().link !== null,
  };
}

export const isReadOnly = (s: ActionState) => s.editor.open !== "ready";
export const hasModel = (s: ActionState) => s.editor.model !== null;
export const hasSelection = (s: ActionState) =>
  s.editor.selectedElements.size + s.editor.selectedLinks.size > 0;
export const hasSelectedElements = (s: ActionState) => s.editor.selectedElements.size > 0;

export function selectedElements(s: ActionState): TocElement[] {
  const ids = s.editor.selectedElements;
  return s.editor.model?.elements.filter((e) => ids.has(e.id)) ?? [];
}

/** The group every selected element is in, if they share one. */
export function sharedGroup(s: ActionState): ElementGroup | undefined {
  const chosen = selectedElements(s);
  const first = chosen[0]?.group;
  if (!first || !chosen.every((e) => e.group === first)) return undefined;
  return s.editor.model?.groups.find((g) => g.id === first);
}
