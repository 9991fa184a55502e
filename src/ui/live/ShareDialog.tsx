// The session link to share: text to copy, a copy button and a QR code.
import { useState } from "react";
import { useModalDialog } from "../common/useModalDialog";
import { QrCode } from "./QrCode";

export function ShareDialog({
  url,
  onClose,
  onLeave,
}: {
  url: string;
  onClose: () => void;
  onLeave: () => void;
}) {
  const ref = useModalDialog();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      document.getElementById("session-link")?.focus();
      (document.getElementById("session-link") as HTMLInputElement | null)?.select();
    }
  };
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="share-title"
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id="share-title">Invite people to this session</h2>
      <p>
        Anyone with this link can see and edit this theory of change while the session is open.
        Share it only with the people in your workshop.
      </p>
      <div className="share">
        <div className="share__link">
          <label htmlFor="session-link">Session link</label>
          <input
            id="session-link"
            className="text-input"
            readOnly
            value={url}
            onFocus={(e) => e.target.select()}
          />
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            {copied ? "Copied" : "Copy link"}
          </button>
          <p className="hint" aria-live="polite">
            {copied ? "The link is on your clipboard." : ""}
          </p>
        </div>
        <figure className="share__qr">
          <QrCode text={url} />
          <figcaption className="hint">Scan with a phone camera to join.</figcaption>
        </figure>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--danger" onClick={onLeave}>
          Leave session
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
