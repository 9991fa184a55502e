// This person's editor chrome: which dialog is open and where the context
// menu is. Actions open dialogs by setting this, so they need no React.
import { create } from "zustand";
import type { Point } from "../domain/geometry";

export type DialogName =
  | "export"
  | "import"
  | "shortcuts"
  | "palette"
  | "session-settings"
  | "share"
  | "group"
  | "rename-group";

export interface ContextMenuRequest {
  /** Screen position (CSS pixels) to open at. */
  x: number;
  y: number;
  target: "element" | "link" | "canvas";
  /** The same position in document units, to add an element there. */
  at?: Point;
}

export interface UiState {
  dialog: DialogName | null;
  contextMenu: ContextMenuRequest | null;
  /** A layout is running. */
  busy: boolean;
}

export const useUi = create<UiState>(() => ({ dialog: null, contextMenu: null, busy: false }));

export function openDialog(dialog: DialogName): void {
  useUi.setState({ dialog, contextMenu: null });
}

/** Closes the dialog (only if it is still `which`: closing one may follow opening the next). */
export function closeDialog(which?: DialogName): void {
  if (!which || useUi.getState().dialog === which) useUi.setState({ dialog: null });
}

export function openContextMenu(request: ContextMenuRequest): void {
  useUi.setState({ contextMenu: request });
}

export function closeContextMenu(): void {
  useUi.setState({ contextMenu: null });
}
