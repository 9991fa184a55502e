import { useEditor } from "../../store/editorStore";
import { exportModel } from "./exportActions";

/** The open document as a .toc.json, in one click (the storage-failure notice offers it). */
export function exportOpenDocument(): void {
  const model = useEditor.getState().model;
  if (!model) return;
  void exportModel(model, { format: "toc" });
}

export function ExportButton({ className, label }: { className: string; label: string }) {
  return (
    <button type="button" className={className} onClick={exportOpenDocument}>
      {label}
    </button>
  );
}
