// @vitest-environment jsdom
/// <reference path="../../../src/vite-env.d.ts" />
// The action registry: every action is declared once, with a unique id, a
// plain label and bindings that no other action in the same scope shares;
// the shortcuts list and the command palette are built from it.
import { describe, expect, it } from "vitest";
import { formatBinding, matches, parseBinding } from "../../../src/actions/keys";
import { filterCommands, paletteCommands } from "../../../src/actions/palette";
import { ACTIONS } from "../../../src/actions/registry";
import { shortcutSections } from "../../../src/actions/shortcuts";
import type { ActionState } from "../../../src/actions/types";
import { initialEditorState } from "../../../src/store/editorStore";

const press = (
  key: string,
  mods: Partial<Record<"ctrl" | "meta" | "shift" | "alt", boolean>> = {},
) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe("the action registry", () => {
  it("gives every action a unique id and a label", () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ACTIONS) expect(a.label.trim(), a.id).not.toBe("");
  });

  it("covers the seven kinds, undo and redo, the clipboard, zoom, the palette and help", () => {
    const ids = new Set(ACTIONS.map((a) => a.id));
    for (const id of [
      "add-impact",
      "add-note",
      "undo",
      "redo",
      "delete",
      "copy",
      "cut",
      "paste",
      "duplicate",
      "select-all",
      "clear-selection",
      "zoom-in",
      "zoom-out",
      "zoom-fit",
      "lay-out",
      "tidy",
      "group",
      "rename-group",
      "ungroup",
      "show-pathway",
      "stakeholder-filter",
      "ceiling",
      "framing",
      "export",
      "import",
      "print",
      "start-session",
      "invite",
      "leave-session",
      "session-settings",
      "shortcuts",
      "palette",
      "all-documents",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("binds no key to two actions in the same scope", () => {
    const seen = new Map<string, string>();
    for (const a of ACTIONS) {
      for (const key of a.keys ?? []) {
        const b = parseBinding(key);
        // Canvas keys are a subset of global keys: a clash with either counts.
        const id = JSON.stringify(b);
        const other = seen.get(id);
        expect(other, `${a.id} and ${other} both use ${key}`).toBeUndefined();
        seen.set(id, a.id);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it("matches key presses: Mod is Ctrl or ⌘, Shift is part of the binding except for symbols", () => {
    expect(matches(parseBinding("Mod+Z"), press("z", { ctrl: true }))).toBe(true);
    expect(matches(parseBinding("Mod+Z"), press("z", { meta: true }))).toBe(true);
    expect(matches(parseBinding("Mod+Z"), press("Z", { ctrl: true, shift: true }))).toBe(false);
    expect(matches(parseBinding("Mod+Shift+Z"), press("Z", { ctrl: true, shift: true }))).toBe(
      true,
    );
    expect(matches(parseBinding("Ctrl+Y"), press("y", { meta: true }))).toBe(false);
    expect(matches(parseBinding("?"), press("?", { shift: true }))).toBe(true);
    expect(matches(parseBinding("Mod++"), press("+", { ctrl: true, shift: true }))).toBe(true);
    expect(matches(parseBinding("1"), press("1", { ctrl: true }))).toBe(false);
    expect(matches(parseBinding("L"), press("l"))).toBe(true);
    expect(matches(parseBinding("Shift+ArrowUp"), press("ArrowUp", { shift: true }))).toBe(true);
    expect(matches(parseBinding("ArrowUp"), press("ArrowUp", { shift: true }))).toBe(false);
  });

  it("shows bindings for each platform", () => {
    expect(formatBinding("Mod+Shift+Z", false)).toBe("Ctrl+Shift+Z");
    expect(formatBinding("Mod+Shift+Z", true)).toBe("⇧⌘Z");
    expect(formatBinding("Mod+=", false)).toBe("Ctrl+=");
    expect(formatBinding("Escape", false)).toBe("Esc");
  });

  it("builds the shortcuts list from the registry, every bound action once", () => {
    const sections = shortcutSections(false);
    const rows = sections.filter((s) => s.group !== "Gestures").flatMap((s) => s.rows);
    const bound = ACTIONS.filter((a) => a.keys?.length);
    expect(rows.map((r) => r.label).sort()).toEqual(bound.map((a) => a.label).sort());
    expect(rows.find((r) => r.label === "Redo")?.keys).toBe("Ctrl+Y or Ctrl+Shift+Z");
    expect(sections.at(-1)?.group).toBe("Gestures");
  });

  it("lists in the palette what can run now and filters by words in any order", () => {
    const state: ActionState = {
      editor: {
        ...initialEditorState,
        open: "ready",
        model: {
          meta: { title: "T", framing: "toc", ceiling: null },
          elements: [],
          links: [],
          stakeholders: [],
          groups: [],
          dismissals: [],
        } as never,
      },
      ui: { dialog: null, contextMenu: null, busy: false },
      inSession: false,
    };
    const commands = paletteCommands(state, false);
    const labels = commands.map((c) => c.label);
    expect(labels).toContain("Add outcome");
    expect(labels).toContain("Framing: Logic model");
    expect(labels).not.toContain("Undo"); // nothing to undo yet
    expect(labels).not.toContain("Lay out by stage"); // nothing to lay out
    expect(labels).not.toContain("Leave session");
    expect(commands.find((c) => c.label === "Add outcome")?.keys).toBe("2");
    expect(filterCommands(commands, "OUTCOME add").map((c) => c.label)).toEqual(["Add outcome"]);
    // Read-only: nothing that writes is offered.
    const readOnly = paletteCommands({ ...state, editor: { ...state.editor, open: "too-new" } });
    expect(readOnly.some((c) => c.action.writes)).toBe(false);
    expect(readOnly.map((c) => c.label)).toContain("Export…");
  });
});
