// Every canvas action as a visible, named button (keyboard shortcuts mirror these).
import { ELEMENT_KINDS, KINDS } from "../../domain/kinds";
import { addElement, deleteSelection, redo, selectAll, undo } from "../../store/actions";
import { duplicateSelection, pasteFromButton } from "../../store/clipboard";
import { useEditor } from "../../store/editorStore";

export function Toolbar() {
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const hasSelection = useEditor((s) => s.selectedElements.size + s.selectedLinks.size > 0);
  const readOnly = useEditor((s) => s.open !== "ready");
  const copy = (cut: boolean) => document.execCommand(cut ? "cut" : "copy");
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas tools">
      <fieldset className="toolbar__group">
        <legend className="visually-hidden">Add an element</legend>
        {ELEMENT_KINDS.map((kind, i) => (
          <button
            key={kind}
            type="button"
            className={`tool tool--${kind}`}
            disabled={readOnly}
            onClick={() => addElement(kind)}
            title={`Add ${KINDS[kind].label.toLowerCase()} (${i + 1})`}
            aria-keyshortcuts={String(i + 1)}
          >
            <span aria-hidden="true" className="tool__icon">
              {KINDS[kind].icon}
            </span>{" "}
            {KINDS[kind].label}
          </button>
        ))}
      </fieldset>
      <fieldset className="toolbar__group">
        <legend className="visually-hidden">Edit</legend>
        <button
          type="button"
          className="tool"
          onClick={undo}
          disabled={!canUndo || readOnly}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="tool"
          onClick={redo}
          disabled={!canRedo || readOnly}
          aria-keyshortcuts="Control+Y"
        >
          Redo
        </button>
        <button type="button" className="tool" onClick={() => copy(false)} disabled={!hasSelection}>
          Copy
        </button>
        <button
          type="button"
          className="tool"
          onClick={() => copy(true)}
          disabled={!hasSelection || readOnly}
        >
          Cut
        </button>
        <button
          type="button"
          className="tool"
          onClick={() => void pasteFromButton()}
          disabled={readOnly}
        >
          Paste
        </button>
        <button
          type="button"
          className="tool"
          onClick={duplicateSelection}
          disabled={!hasSelection || readOnly}
        >
          Duplicate
        </button>
        <button type="button" className="tool" onClick={selectAll}>
          Select all
        </button>
        <button
          type="button"
          className="tool tool--danger"
          onClick={deleteSelection}
          disabled={!hasSelection || readOnly}
          aria-keyshortcuts="Delete"
        >
          Delete
        </button>
      </fieldset>
    </div>
  );
}
