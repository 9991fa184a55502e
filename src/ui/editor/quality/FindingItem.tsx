// One finding in the checks panel: its message as a button that selects what
// it is about and brings it into view (focus stays here, so the list can be
// worked through), and either "Dismiss…" (open findings) or the reason, who
// and when, with "Show again" (dismissed ones). Memoised: a new run of the
// checks gives new objects, but an unchanged finding does not re-render.
import { memo } from "react";
import type { Finding } from "../../../domain/quality";
import { canReveal, revealFinding } from "../../../store/quality";
import { exactTime, relativeTime } from "./relativeTime";

interface Props {
  finding: Finding;
  readOnly: boolean;
  /** Open findings: asks for a reason. */
  onDismiss?: (finding: Finding) => void;
  /** Dismissed findings: brings it back. */
  onShowAgain?: (finding: Finding) => void;
}

function messageId(finding: Finding): string {
  return `finding-${finding.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

function FindingItemView({ finding, readOnly, onDismiss, onShowAgain }: Props) {
  const id = messageId(finding);
  const { dismissal } = finding;
  return (
    <li className="finding" data-finding={finding.key}>
      {canReveal(finding) ? (
        <button
          type="button"
          id={id}
          className="linkish finding__message"
          data-finding-go=""
          onClick={() => revealFinding(finding)}
        >
          {finding.message}
        </button>
      ) : (
        <p id={id} className="finding__message" data-finding-go="" tabIndex={-1}>
          {finding.message}
        </p>
      )}
      {dismissal ? (
        <>
          <p className="finding__reason">
            <span className="finding__label">Why it is fine:</span> {dismissal.reason || "—"}
          </p>
          <p className="finding__who">
            Dismissed by {dismissal.by || "Someone"},{" "}
            <time
              dateTime={dismissal.at > 0 ? new Date(dismissal.at).toISOString() : undefined}
              title={exactTime(dismissal.at)}
            >
              {relativeTime(dismissal.at)}
            </time>
          </p>
          <button
            type="button"
            className="button button--small"
            aria-describedby={id}
            disabled={readOnly}
            onClick={() => onShowAgain?.(finding)}
          >
            Show again
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--small finding__dismiss"
          aria-describedby={id}
          disabled={readOnly}
          onClick={() => onDismiss?.(finding)}
        >
          Dismiss…
        </button>
      )}
    </li>
  );
}

const same = (a: Finding, b: Finding) =>
  a === b ||
  (a.key === b.key &&
    a.message === b.message &&
    a.elementIds[0] === b.elementIds[0] &&
    a.linkIds[0] === b.linkIds[0] &&
    a.dismissal?.reason === b.dismissal?.reason &&
    a.dismissal?.by === b.dismissal?.by &&
    a.dismissal?.at === b.dismissal?.at);

export const FindingItem = memo(
  FindingItemView,
  (prev, next) =>
    same(prev.finding, next.finding) &&
    prev.readOnly === next.readOnly &&
    prev.onDismiss === next.onDismiss &&
    prev.onShowAgain === next.onShowAgain,
);
