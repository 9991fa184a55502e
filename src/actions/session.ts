// A live session: start one, invite people, leave, connection settings.

import { useEditor } from "../store/editorStore";
import { newRoomFragment } from "../store/liveSession";
import { openDocumentRoute } from "../store/router";
import type { Action } from "./types";
import { closeDialog, openDialog } from "./uiState";

export const SESSION_ACTIONS: Action[] = [
  {
    id: "start-session",
    label: "Start a session",
    group: "Session",
    icon: "session",
    writes: false,
    enabled: (s) => !s.inSession && s.editor.docId !== null,
    perform: () => {
      const id = useEditor.getState().docId;
      if (!id) return;
      location.hash = newRoomFragment(id);
      openDialog("share");
    },
  },
  {
    id: "invite",
    label: "Invite people",
    group: "Session",
    icon: "invite",
    writes: false,
    enabled: (s) => s.inSession,
    perform: () => openDialog("share"),
  },
  {
    id: "leave-session",
    label: "Leave session",
    group: "Session",
    icon: "leave",
    writes: false,
    enabled: (s) => s.inSession,
    perform: () => {
      closeDialog();
      const id = useEditor.getState().docId;
      if (id) openDocumentRoute(id);
    },
  },
  {
    id: "session-settings",
    label: "Connection settings",
    group: "Session",
    icon: "settings",
    writes: false,
    perform: () => openDialog("session-settings"),
  },
];
