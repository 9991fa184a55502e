// Export: one dialog listing every format with a line on what it is for, the
// options that format has, and one button. "Preparing…" appears if the file
// takes over a second (the work runs in a worker, so the page stays usable);
// a failure is said in the dialog and nothing is downloaded.
import { useEffect, useId, useState } from "react";
import { quoted } from "../../domain/text";
import { EXPORT_FORMATS, type ExportFormat, FORMATS } from "../../io/exports/formats";
import { ALL_SECTIONS, type ReportSections } from "../../io/exports/request";
import { useEditor } from "../../store/editorStore";
import { showMessage } from "../../store/notices";
import { openPrintView } from "../../store/router";
import { useModalDialog } from "../common/useModalDialog";
import { PngOptions, ScopeOptions, SectionOptions } from "./ExportOptions";
import { exportModel, type PngBackground, type PngScale } from "./exportActions";

const PROGRESS_AFTER_MS = 1000;

export function ExportDialog(props: { onClose: () => void }) {
  const ref = useModalDialog();
  const id = useId();
  const selected = useEditor((s) => s.selectedElements);
  const [format, setFormat] = useState<ExportFormat>("docx");
  const [selectionOnly, setSelectionOnly] = useState(false);
  const [scale, setScale] = useState<PngScale>(2);
  const [background, setBackground] = useState<PngBackground>("white");
  const [sections, setSections] = useState<ReportSections>(ALL_SECTIONS);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const [error, setError] = useState("");

  useEffect(() => {
    if (!busy) return setSlow(false);
    const timer = setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  const picture = format === "svg" || format === "png";
  const onlySelected = selectionOnly && selected.size > 0;
  const start = async () => {
    if (format === "print") {
      ref.current?.close();
      openPrintView();
      return;
    }
    const model = useEditor.getState().model;
    if (!model) return;
    setBusy(true);
    setError("");
    try {
      const name = await exportModel(model, {
        format,
        selection: picture && onlySelected ? selected : undefined,
        scale,
        background,
        sections,
      });
      showMessage(`Downloaded ${quoted(name)}.`);
      ref.current?.close();
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : "The file could not be made.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide export-dialog"
      aria-labelledby={`${id}-title`}
      onClose={props.onClose}
    >
      <h2 id={`${id}-title`}>Export</h2>
      <fieldset className="export-formats">
        <legend>Format</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f} className="export-format">
            <input
              type="radio"
              name="export-format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
              aria-describedby={`${id}-${f}-hint`}
            />
            <span className="export-format__label">{FORMATS[f].label}</span>
            <span id={`${id}-${f}-hint`} className="hint export-format__hint">
              {FORMATS[f].hint}
            </span>
          </label>
        ))}
      </fieldset>
      {picture && (
        <ScopeOptions
          selectedCount={selected.size}
          selectionOnly={onlySelected}
          onChange={setSelectionOnly}
        />
      )}
      {format === "png" && (
        <PngOptions
          scale={scale}
          background={background}
          onScale={setScale}
          onBackground={setBackground}
        />
      )}
      {format === "docx" && <SectionOptions sections={sections} onChange={setSections} />}
      <p className="export-dialog__status" aria-live="polite">
        {busy && slow ? "Preparing your file… the page stays usable meanwhile." : ""}
      </p>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          aria-busy={busy}
          onClick={() => void start()}
        >
          {format === "print" ? "Open print layout" : busy ? "Exporting…" : "Export"}
        </button>
      </div>
    </dialog>
  );
}
