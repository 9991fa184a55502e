// Renaming a document from the home screen: Save (or Enter) writes the new
// title, Cancel or Escape leaves it. The draft is useDraft's, like every
// draft-then-commit field: only this person's change is written.
import { MAX_TITLE_LENGTH } from "../../domain/model";
import { useDraft } from "../../fields/useDraft";
import { type DocumentEntry, renameEntry } from "../../store/libraryStore";

export function RenameField({ entry, onDone }: { entry: DocumentEntry; onDone: () => void }) {
  const label = `New title for ${entry.title}`;
  const draft = useDraft(
    entry.title,
    (title) => {
      if (title.trim() && title.trim() !== entry.title) void renameEntry(entry.id, title);
    },
    { label: "Title", undoable: false },
  );
  return (
    <form
      className="rename"
      onSubmit={(e) => {
        e.preventDefault();
        draft.commit();
        onDone();
      }}
    >
      <label className="visually-hidden" htmlFor={`rename-${entry.id}`}>
        {label}
      </label>
      <input
        id={`rename-${entry.id}`}
        className="text-input"
        value={draft.text}
        maxLength={MAX_TITLE_LENGTH}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this row
        autoFocus
        onChange={(e) => draft.change(e.target.value)}
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
