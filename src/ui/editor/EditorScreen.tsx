// One open theory of change: header, toolbar, canvas, side panel.
import { useEffect } from "react";
import { closeContextMenu, closeDialog } from "../../actions/uiState";
import { TocCanvas } from "../../canvas/TocCanvas";
import type { RoomLink } from "../../domain/roomLink";
import { closeEditor, openInEditor } from "../../store/editorDocument";
import { useEditor } from "../../store/editorStore";
import { closePrintView } from "../../store/router";
import { NameDialog } from "../live/NameDialog";
import { ParticipantsBar } from "../live/ParticipantsBar";
import { useRoomSession } from "../live/useRoomSession";
import { LazyPrintPreview } from "../print/LazyPrintPreview";
import { ContextMenu } from "./ContextMenu";
import { EditorDialogs } from "./EditorDialogs";
import { EditorHeader } from "./EditorHeader";
import { HighlightNote } from "./HighlightNote";
import { SidePanel } from "./SidePanel";
import { Toolbar } from "./Toolbar";
import { useActionKeys } from "./useActionKeys";

export function EditorScreen({
  id,
  room,
  print = false,
}: {
  id: string;
  room: RoomLink | null;
  print?: boolean;
}) {
  const open = useEditor((s) => s.open);
  const model = useEditor((s) => s.model);
  useActionKeys(!print);

  // Opened with a room link, a document this device lacks is created empty
  // and filled by the others. (Deps: only id — starting a session on an open
  // document must not reopen it.)
  const joining = room !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    openInEditor(id, { joining });
    return () => {
      closeEditor();
      closeDialog();
      closeContextMenu();
    };
  }, [id]);
  const session = useRoomSession(room);

  // The print view names the page itself (a saved PDF takes its name from it).
  useEffect(() => {
    if (model && !print) document.title = `${model.meta.title} — ToC Studio`;
  }, [model, print]);

  if (open === "missing" || open === "failed") {
    return (
      <main className="notice-page">
        <h1>
          {open === "missing"
            ? "This document is not on this device"
            : "This document could not be opened"}
        </h1>
        <p>
          {open === "missing"
            ? "It may have been deleted, or it was made in another browser. Documents live only in the browser where they were made, unless they are exported or shared in a session."
            : "The copy saved in this browser could not be read. Nothing has been changed. Try reloading the page."}
        </p>
        <a className="button button--primary" href="#/">
          Back to all documents
        </a>
      </main>
    );
  }
  if (!model || open === "loading") {
    return (
      <main className="notice-page" aria-busy="true">
        <p>Opening…</p>
      </main>
    );
  }
  if (print) return <LazyPrintPreview model={model} onClose={closePrintView} />;
  return (
    <div className="editor">
      <EditorHeader model={model} />
      <ParticipantsBar you={session.name} />
      {open === "too-new" && (
        <p className="banner banner--warning" role="alert">
          This theory of change was saved by a newer version of ToC Studio. It is shown read-only so
          nothing is lost. Reload the page to update the app.
        </p>
      )}
      <div className="editor__tools">
        <Toolbar />
      </div>
      <HighlightNote model={model} />
      <div className="editor__body">
        <main className="editor__canvas" aria-label="Canvas">
          <TocCanvas model={model} />
        </main>
        <SidePanel />
      </div>
      <EditorDialogs />
      <ContextMenu />
      {session.needsName && <NameDialog initial="" onDone={session.setName} />}
    </div>
  );
}
