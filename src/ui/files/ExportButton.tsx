import { downloadName, serializeToc } from "../../io/tocJson/format";
import { useEditor } from "../../store/editorStore";

export function exportOpenDocument(): void {
  const model = useEditor.getState().model;
  if (!model) return;
  const now = new Date();
  const blob = new Blob([serializeToc(model, now, __APP_VERSION__)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = downloadName(model.meta.title, now);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
