import { useRef } from "react";
import { showMessage } from "../../store/notices";
import { importFile } from "./importFile";

export function ImportButton({ className = "button" }: { className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        Import a file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.toc.json,application/json"
        hidden
        aria-label="Choose a ToC Studio file to import"
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file)
            void importFile(file).then((r) => showMessage(r.message, r.ok ? "info" : "error"));
        }}
      />
    </>
  );
}
