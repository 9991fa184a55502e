// "Saving…" / "Saved on this device" — the latter only once IndexedDB has
// committed every local change (see storage/). data-saved-count lets
// the durability tests read which edits were shown as saved.
import { useEditor } from "../../store/editorStore";
import { ExportButton } from "../export/ExportButton";

export function StatusLine() {
  const save = useEditor((s) => s.save);
  const savedCount = useEditor((s) => s.savedCount);
  const text =
    save.state === "saved"
      ? "Saved on this device"
      : save.state === "saving"
        ? "Saving…"
        : save.state === "loading"
          ? "Opening…"
          : save.message;
  return (
    <div
      className={`status status--${save.state}`}
      role="status"
      data-testid="save-status"
      data-saved-count={savedCount}
    >
      <span className="status__icon" aria-hidden="true">
        {save.state === "saved" ? "✓" : save.state === "error" ? "!" : "…"}
      </span>
      {text}
      {save.state === "error" && (
        <ExportButton className="button button--small" label="Export a copy" />
      )}
    </div>
  );
}
