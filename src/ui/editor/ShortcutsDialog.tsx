import { useModalDialog } from "../common/useModalDialog";
import { SHORTCUTS } from "./shortcutList";

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog();
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="shortcuts-title"
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        To link two elements without a mouse, select the first and choose “Add a link to…” in the
        side panel.
      </p>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => ref.current?.close()} // closing first gives focus back (onClose follows)
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
