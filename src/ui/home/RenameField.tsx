import { useState } from "react";
import { type DocumentEntry, renameEntry } from "../../store/libraryStore";

export function RenameField({ entry, onDone }: { entry: DocumentEntry; onDone: () => void }) {
  const [value, setValue] = useState(entry.title);
  const save = () => {
    if (value.trim() && value.trim() !== entry.title) void renameEntry(entry.id, value);
    onDone();
  };
  return (
    <form
      className="rename"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="visually-hidden" htmlFor={`rename-${entry.id}`}>
        New title for {entry.title}
      </label>
      <input
        id={`rename-${entry.id}`}
        className="text-input"
        value={value}
        maxLength={300}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this row
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone();
        }}
      />
      <button type="submit" className="button button--small button--primary">
        Save
      </button>
      <button type="button" className="button button--small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
