import { useState } from "react";
import { MAX_TITLE_LENGTH, type TocModel } from "../../domain/model";
import { FRAMING_IDS, FRAMINGS } from "../../domain/stages";
import { renameDocument, setFraming } from "../../store/actions";
import { useEditor } from "../../store/editorStore";
import { TextField } from "../common/TextField";
import { ExportDialog } from "../export/ExportDialog";
import { ImportButton } from "../files/ImportButton";
import { SessionControls } from "../session/SessionControls";
import { SessionStatus } from "../session/SessionStatus";
import { StatusLine } from "./StatusLine";

export function EditorHeader({
  model,
  docId,
  openHelp,
}: {
  model: TocModel;
  docId: string;
  openHelp: () => void;
}) {
  const [exporting, setExporting] = useState(false);
  const readOnly = useEditor((s) => s.open !== "ready");
  return (
    <header className="editor__header">
      <a href="#/" className="back-link">
        <span aria-hidden="true">←</span> All documents
      </a>
      <div className="editor__title">
        <TextField
          id="doc-title"
          label="Document title"
          value={model.meta.title}
          maxLength={MAX_TITLE_LENGTH}
          disabled={readOnly}
          onCommit={renameDocument}
        />
      </div>
      <div className="editor__actions">
        <fieldset className="framing-switch">
          <legend>Framing</legend>
          {FRAMING_IDS.map((f) => (
            <label key={f} className={model.meta.framing === f ? "is-checked" : ""}>
              <input
                type="radio"
                name="framing"
                value={f}
                checked={model.meta.framing === f}
                disabled={readOnly}
                onChange={() => setFraming(f)}
              />
              {FRAMINGS[f].label}
            </label>
          ))}
        </fieldset>
        <div className="editor__session">
          <SessionControls docId={docId} />
        </div>
        <div className="editor__files">
          <button type="button" className="button" onClick={() => setExporting(true)}>
            Export…
          </button>
          <ImportButton />
          <button type="button" className="button" onClick={openHelp} aria-keyshortcuts="?">
            Shortcuts <span aria-hidden="true">?</span>
          </button>
        </div>
      </div>
      <StatusLine />
      <SessionStatus />
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </header>
  );
}
