// The editor's dialogs, opened by actions through the UI state (so actions
// need no React): export, import's file picker, shortcuts, the command
// palette, session sharing and settings, and naming a group.
import { useEffect, useRef } from "react";
import { nameGroup } from "../../actions/arrange";
import { runAction } from "../../actions/registry";
import { actionStateNow, sharedGroup } from "../../actions/state";
import { closeDialog, useUi } from "../../actions/uiState";
import { MAX_TITLE_LENGTH } from "../../domain/model";
import { formatRoomFragment } from "../../domain/roomLink";
import { useCollab } from "../../store/liveSession";
import { TextPromptDialog } from "../common/TextPromptDialog";
import { ExportDialog } from "../export/ExportDialog";
import { ImportFileInput } from "../import/ImportButton";
import { SessionSettingsDialog } from "../live/SessionSettingsDialog";
import { ShareDialog } from "../live/ShareDialog";
import { CommandPalette } from "./CommandPalette";
import { ShortcutsDialog } from "./ShortcutsDialog";

export function EditorDialogs() {
  const dialog = useUi((s) => s.dialog);
  const link = useCollab((s) => s.link);
  const input = useRef<HTMLInputElement>(null);

  // The file picker opens from the action's request (a click or key press
  // just before, so the browser allows it).
  useEffect(() => {
    if (dialog !== "import") return;
    input.current?.click();
    closeDialog("import");
  }, [dialog]);

  return (
    <>
      <ImportFileInput input={input} />
      {dialog === "export" && <ExportDialog onClose={() => closeDialog("export")} />}
      {dialog === "shortcuts" && <ShortcutsDialog onClose={() => closeDialog("shortcuts")} />}
      {dialog === "palette" && <CommandPalette onClose={() => closeDialog("palette")} />}
      {dialog === "session-settings" && (
        <SessionSettingsDialog onClose={() => closeDialog("session-settings")} />
      )}
      {dialog === "share" && link && (
        <ShareDialog
          url={`${location.origin}${location.pathname}${formatRoomFragment(link)}`}
          onClose={() => closeDialog("share")}
          onLeave={() => void runAction("leave-session")}
        />
      )}
      {(dialog === "group" || dialog === "rename-group") && (
        <TextPromptDialog
          title={dialog === "group" ? "Group the selected elements" : "Rename the group"}
          label="Group name (for example, a workstream)"
          initial={dialog === "group" ? "" : (sharedGroup(actionStateNow())?.title ?? "")}
          confirm={dialog === "group" ? "Group" : "Rename"}
          maxLength={MAX_TITLE_LENGTH}
          onCancel={() => closeDialog(dialog)}
          onDone={(title) => {
            nameGroup(dialog, title);
            closeDialog(dialog);
          }}
        />
      )}
    </>
  );
}
