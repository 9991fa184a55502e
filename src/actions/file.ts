// Files and places: export, import, print, back to all documents.
import { goHome, openPrintView } from "../store/router";
import { hasModel } from "./state";
import type { Action } from "./types";
import { openDialog } from "./uiState";

export const FILE_ACTIONS: Action[] = [
  {
    id: "export",
    label: "Export…",
    group: "File",
    icon: "export",
    writes: false,
    enabled: hasModel,
    perform: () => openDialog("export"),
  },
  {
    id: "import",
    label: "Import a file…",
    group: "File",
    icon: "import",
    writes: false,
    // The UI's file picker opens when it sees this request.
    perform: () => openDialog("import"),
  },
  {
    id: "print",
    label: "Print…",
    group: "File",
    icon: "print",
    writes: false,
    enabled: hasModel,
    perform: openPrintView,
  },
  {
    id: "all-documents",
    label: "Go to all documents",
    group: "File",
    icon: "back",
    writes: false,
    perform: goHome,
  },
];
