// Arranging the model: automatic layout, tidying, grouping.
import { groupSelection, layOut, renameGroupTo, ungroup } from "../store/arrange";
import { actionStateNow, hasModel, selectedElements, sharedGroup } from "./state";
import type { Action } from "./types";
import { openDialog, useUi } from "./uiState";

/** One layout at a time; the busy flag shows on the controls meanwhile. */
async function runLayout(selectionOnly: boolean): Promise<void> {
  useUi.setState({ busy: true });
  try {
    await layOut(selectionOnly);
  } finally {
    useUi.setState({ busy: false });
  }
}

export const ARRANGE_ACTIONS: Action[] = [
  {
    id: "lay-out",
    label: "Lay out by stage",
    group: "Arrange",
    icon: "lay-out",
    writes: true,
    enabled: (s) => !s.ui.busy && (s.editor.model?.elements.length ?? 0) > 0,
    perform: () => runLayout(false),
  },
  {
    id: "tidy",
    label: "Tidy selection",
    group: "Arrange",
    icon: "tidy",
    writes: true,
    enabled: (s) => !s.ui.busy && selectedElements(s).length >= 2,
    perform: () => runLayout(true),
  },
  {
    id: "group",
    label: "Group selection",
    group: "Arrange",
    icon: "group",
    writes: true,
    enabled: (s) => hasModel(s) && selectedElements(s).length > 0 && !sharedGroup(s),
    perform: () => openDialog("group"),
  },
  {
    id: "rename-group",
    label: "Rename group",
    group: "Arrange",
    icon: "rename",
    writes: true,
    enabled: (s) => sharedGroup(s) !== undefined,
    perform: () => openDialog("rename-group"),
  },
  {
    id: "ungroup",
    label: "Ungroup",
    group: "Arrange",
    icon: "ungroup",
    writes: true,
    enabled: (s) => sharedGroup(s) !== undefined,
    perform: () => {
      const group = sharedGroup(actionStateNow());
      if (group) ungroup(group.id);
    },
  },
];

/** Called by the group dialogs when the person confirms a name. */
export function nameGroup(kind: "group" | "rename-group", title: string): void {
  const group = sharedGroup(actionStateNow());
  if (kind === "group") groupSelection(title);
  else if (group) renameGroupTo(group.id, title);
}
