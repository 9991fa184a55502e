// What an action is: declared once, then shown by the toolbar, the menus, the
// context menu, the command palette and the shortcuts list, and run by the one
// keyboard dispatcher. No React here: icons are names the UI maps to pictures.
import type { Point } from "../domain/geometry";
import type { EditorState } from "../store/editorStore";
import type { UiState } from "./uiState";

export const ACTION_GROUPS = ["Add", "Edit", "Arrange", "View", "File", "Session", "Help"] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/** "global": anywhere but a text field; "canvas": only while focus is on the canvas or the page. */
export type KeyScope = "global" | "canvas";

/** What an action may look at to say whether it can run now. */
export interface ActionState {
  editor: EditorState;
  ui: UiState;
  /** The live session's link is open (this person is in a session). */
  inSession: boolean;
}

/** How an action was started, where that matters. */
export interface ActionContext {
  /** Shift was held (arrows move faster). */
  shift?: boolean;
  /** Where the context menu opened, in document units (add an element there). */
  at?: Point;
  /** The browser's clipboard, when a copy/cut/paste event started the action. */
  clipboard?: DataTransfer | null;
  /** The chosen value, for an action with choices. */
  value?: string;
}

/** One of an action's options (a menu's radio items). */
export interface Choice {
  value: string;
  label: string;
  /** Heading the choice is listed under in a menu (e.g. a stakeholder group). */
  section?: string;
}

export interface Action {
  id: string;
  /** Plain English, as on a button. */
  label: string;
  /** Shorter text for a crowded toolbar (the label stays the tooltip). */
  shortLabel?: string;
  group: ActionGroup;
  /** A name the UI maps to an icon. */
  icon?: string;
  /** Key bindings, e.g. "Mod+Z" (Ctrl on Windows and Linux, ⌘ on a Mac). */
  keys?: readonly string[];
  scope?: KeyScope;
  /** The clipboard key arrives as the browser's copy/cut/paste event, not as a key press. */
  clipboardEvent?: "copy" | "cut" | "paste";
  /** Changes the document: refused (with a message) while it is read-only. */
  writes: boolean;
  enabled?: (state: ActionState) => boolean;
  /** For toggles: whether it is on. */
  pressed?: (state: ActionState) => boolean;
  /** For actions with options: the options and which one is chosen. */
  choices?: (state: ActionState) => Choice[];
  chosen?: (state: ActionState) => string;
  perform: (context: ActionContext) => void | Promise<void>;
}
