import { useState } from "react";
import {
  type DocumentEntry,
  deleteEntryForever,
  emptyTheTrash,
  restoreEntry,
} from "../../store/libraryStore";
import { ConfirmDialog } from "../common/ConfirmDialog";
import { formatWhen } from "../common/format";

export function TrashList({ entries }: { entries: DocumentEntry[] }) {
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  return (
    <section aria-labelledby="trash-heading" className="trash">
      <h2 id="trash-heading">Trash ({entries.length})</h2>
      <ul className="trash__list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <span className="trash__title">{entry.title}</span>{" "}
            <span className="hint">deleted {formatWhen(entry.trashedAt ?? 0)}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => void restoreEntry(entry.id)}
              aria-label={`Restore ${entry.title}`}
            >
              Restore
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => void deleteEntryForever(entry.id)}
              aria-label={`Delete ${entry.title} forever`}
            >
              Delete forever
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--danger" onClick={() => setConfirmEmpty(true)}>
        Empty trash
      </button>
      {confirmEmpty && (
        <ConfirmDialog
          title="Empty the trash?"
          body={`${entries.length} document(s) will be deleted from this device for good. This cannot be undone.`}
          confirmLabel="Empty trash"
          danger
          onCancel={() => setConfirmEmpty(false)}
          onConfirm={() => {
            void emptyTheTrash();
            setConfirmEmpty(false);
          }}
        />
      )}
    </section>
  );
}
