import { shortcutSections } from "../../actions/shortcuts";
import { useModalDialog } from "../common/useModalDialog";

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog();
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="shortcuts-title"
      onClose={onClose} // also after Escape: the browser closes it and gives focus back
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcut-sections">
        {shortcutSections().map(({ group, rows }) => (
          <table key={group} className="shortcut-table">
            <caption>{group}</caption>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">
                    <kbd>{row.keys}</kbd>
                  </th>
                  <td>{row.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <p className="hint">
        Every action is also in the command palette (Ctrl+K or ⌘K): type a few letters of its name
        and press Enter.
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
