import { downloadName, serializeToc, TOC_FILE_MIME } from "../../io/tocJson/format";
import { useEditor } from "../../store/editorStore";
import { downloadBytes } from "../export/download";

/** The open document as a .toc.json, in one click (the storage-failure notice offers it). */
export function exportOpenDocument(): void {
  const model = useEditor.getState().model;
  if (!model) return;
  const now = new Date();
  downloadBytes(
    serializeToc(model, now, __APP_VERSION__),
    downloadName(model.meta.title, now),
    TOC_FILE_MIME,
  );
}

export function ExportButton({
  className = "button",
  label = "Export (.toc.json)",
}: {
  className?: string;
  label?: string;
}) {
  return (
    <button type="button" className={className} onClick={exportOpenDocument}>
      {label}
    </button>
  );
}
