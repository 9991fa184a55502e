import { useState } from "react";
import { FRAMINGS } from "../../domain/stages";
import { quoted } from "../../domain/text";
import { type DocumentEntry, duplicateEntry, trashEntry } from "../../store/libraryStore";
import { ConfirmDialog } from "../common/ConfirmDialog";
import { formatWhen, plural } from "../common/format";
import { RenameField } from "./RenameField";

export function DocumentList({ entries }: { entries: DocumentEntry[] }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DocumentEntry | null>(null);
  if (entries.length === 0) {
    return <p className="empty">No theories of change yet. Start one above.</p>;
  }
  return (
    <>
      {/* On a narrow screen the table scrolls sideways on its own, not the page. */}
      <div className="doc-table-wrap">
        <table className="doc-table">
          <caption className="visually-hidden">Theories of change on this device</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Framing</th>
              <th scope="col">Last changed</th>
              <th scope="col">Elements</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  {renaming === entry.id ? (
                    <RenameField entry={entry} onDone={() => setRenaming(null)} />
                  ) : (
                    <a href={`#/doc/${entry.id}`} className="doc-link">
                      {entry.title}
                    </a>
                  )}
                </td>
                <td>{FRAMINGS[entry.framing as "toc" | "logic"]?.label ?? "Theory of change"}</td>
                <td>{formatWhen(entry.updatedAt)}</td>
                <td>{plural(entry.elementCount, "element")}</td>
                <td className="doc-table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setRenaming(entry.id)}
                    aria-label={`Rename ${entry.title}`}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void duplicateEntry(entry.id)}
                    aria-label={`Duplicate ${entry.title}`}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => setDeleting(entry)}
                    aria-label={`Delete ${entry.title}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deleting && (
        <ConfirmDialog
          title={`Delete ${quoted(deleting.title)}?`}
          body="It moves to the trash on this device. You can restore it from there until you empty the trash."
          confirmLabel="Move to trash"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            void trashEntry(deleting.id);
            setDeleting(null);
          }}
        />
      )}
    </>
  );
}
