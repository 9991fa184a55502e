// A modal asking for one line of text (a group's name): Enter or the confirm
// button answers, Escape or Cancel closes without answering. The dialog is
// always closed before it goes, so the browser gives focus back to the
// control that opened it.
import { useId, useRef, useState } from "react";
import { useModalDialog } from "./useModalDialog";

export function TextPromptDialog(props: {
  title: string;
  label: string;
  initial: string;
  confirm: string;
  maxLength: number;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const ref = useModalDialog();
  const id = useId();
  const [text, setText] = useState(props.initial);
  const answer = useRef<string | null>(null);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => (answer.current ? props.onDone(answer.current) : props.onCancel())}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          answer.current = text.trim();
          ref.current?.close();
        }}
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        <div className="field">
          <label htmlFor={`${id}-text`}>{props.label}</label>
          <input
            id={`${id}-text`}
            className="text-input"
            value={text}
            maxLength={props.maxLength}
            required
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!text.trim()}>
            {props.confirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
