import { type RefObject, useRef } from "react";
import { IMPORT_ACCEPT } from "../../io/imports/readImport";
import { showMessage } from "../../store/notices";
import { importFile } from "./importFile";

export function ImportButton({ className = "button" }: { className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        Import a file…
      </button>
      <ImportFileInput input={input} />
    </>
  );
}

/** The hidden file picker behind "Import a file…" (also opened by the editor's action). */
export function ImportFileInput({ input }: { input: RefObject<HTMLInputElement | null> }) {
  return (
    <input
      ref={input}
      type="file"
      accept={IMPORT_ACCEPT}
      hidden
      aria-label="Choose a file to import: ToC Studio file, exported picture, or spreadsheet"
      data-testid="import-input"
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = "";
        if (file)
          void importFile(file).then((r) => showMessage(r.message, r.ok ? "info" : "error"));
      }}
    />
  );
}
