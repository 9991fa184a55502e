// Asks why a finding is fine before dismissing it for everyone. The reason is
// required (an empty one shows an error, not a silently disabled button);
// Enter submits, Escape or Cancel closes without dismissing.
import { useId, useState } from "react";
import { MAX_DETAIL_TEXT } from "../../../domain/details";
import type { Finding } from "../../../domain/quality";
import { rememberedName } from "../../../store/liveSession";
import { useModalDialog } from "../../common/useModalDialog";

export function DismissDialog(props: {
  finding: Finding;
  onDismiss: (reason: string) => void;
  onClose: () => void;
}) {
  const ref = useModalDialog();
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState(false);
  const name = rememberedName();
  const close = () => ref.current?.close(); // the browser puts focus back, then onClose
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={props.onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setError(true);
            return;
          }
          props.onDismiss(reason.trim());
          close();
        }}
      >
        <h2 id={`${id}-title`}>Dismiss this finding?</h2>
        <p className="dismiss-dialog__finding">{props.finding.message}</p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Why is this fine?</label>
          <p id={`${id}-hint`} className="hint dismiss-dialog__hint">
            Everyone working on this document will see your reason
            {name ? `, and that ${name} dismissed it` : ""}.
          </p>
          {error && (
            <p id={`${id}-error`} className="error-text dismiss-dialog__error">
              Write why this is fine, so others know.
            </p>
          )}
          <input
            id={`${id}-reason`}
            className="text-input"
            value={reason}
            maxLength={MAX_DETAIL_TEXT}
            autoComplete="off"
            aria-invalid={error || undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(e) => {
              setReason(e.target.value);
              if (e.target.value.trim()) setError(false);
            }}
          />
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Dismiss finding
          </button>
        </div>
      </form>
    </dialog>
  );
}
