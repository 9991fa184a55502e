// The right-click (or ContextMenu key, or Shift+F10) menu on an element, a
// link or the empty canvas, generated from the action registry.
import { useMemo } from "react";
import { ADD_ACTIONS } from "../../actions/add";
import { type ContextMenuRequest, closeContextMenu, useUi } from "../../actions/uiState";
import { MenuPopup } from "../common/Menu";
import { actionEntries } from "./actionControls";

const ELEMENT = [
  "edit-title",
  "link-to",
  "copy",
  "cut",
  "duplicate",
  "delete",
  "show-pathway",
  "group",
  "rename-group",
  "ungroup",
];

function entriesFor(request: ContextMenuRequest) {
  if (request.target === "element") return actionEntries(ELEMENT);
  if (request.target === "link")
    return actionEntries(["delete"], { labels: { delete: "Delete link" } });
  const labels = Object.fromEntries(ADD_ACTIONS.map((a) => [a.id, `${a.label} here`]));
  return actionEntries([...ADD_ACTIONS.map((a) => a.id), "paste", "select-all", "lay-out"], {
    context: { at: request.at },
    labels,
  });
}

export function ContextMenu() {
  const request = useUi((s) => s.contextMenu);
  // Focus goes back where it was (the element, for the keyboard) when the menu closes.
  const returnTo = useMemo(
    () => (request ? (document.activeElement as HTMLElement | null) : null),
    [request],
  );
  if (!request) return null;
  return (
    <MenuPopup
      key={`${request.x},${request.y},${request.target}`}
      entries={entriesFor(request)}
      label={
        request.target === "canvas" ? "Canvas" : request.target === "link" ? "Link" : "Element"
      }
      at={request}
      onClose={(refocus) => {
        closeContextMenu();
        if (refocus) returnTo?.focus();
      }}
    />
  );
}
