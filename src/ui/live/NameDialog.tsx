// Joining by link asks for a display name (remembered on this device, no
// account). Names are shown to the others as plain text.
import { useState } from "react";
import { MAX_NAME_LENGTH } from "../../domain/presence";
import { useModalDialog } from "../common/useModalDialog";

export function NameDialog({
  initial,
  onDone,
}: {
  initial: string;
  onDone: (name: string) => void;
}) {
  const ref = useModalDialog();
  const [name, setName] = useState(initial);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="name-title"
      onCancel={(e) => e.preventDefault()}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onDone(name.trim());
        }}
      >
        <h2 id="name-title">Join the session</h2>
        <p>
          Your name is shown to the others in this session, next to your pointer and what you
          select. It is kept on this device only.
        </p>
        <div className="field">
          <label htmlFor="display-name">Your name</label>
          <input
            id="display-name"
            className="text-input"
            value={name}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="nickname"
            required
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="dialog__actions">
          <a className="button" href="#/">
            Cancel
          </a>
          <button type="submit" className="button button--primary" disabled={!name.trim()}>
            Join
          </button>
        </div>
      </form>
    </dialog>
  );
}
