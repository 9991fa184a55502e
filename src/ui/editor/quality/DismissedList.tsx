// Findings someone dismissed, collapsed under "Dismissed (N)": each with the
// reason, who and when, and "Show again". Everyone sees the same list (the
// dismissals are in the document).
import type { Finding } from "../../../domain/quality";
import { FindingItem } from "./FindingItem";

export function DismissedList(props: {
  findings: readonly Finding[];
  readOnly: boolean;
  onShowAgain: (finding: Finding) => void;
}) {
  if (props.findings.length === 0) return null;
  return (
    <details className="dismissed">
      <summary className="dismissed__summary">Dismissed ({props.findings.length})</summary>
      <p className="hint">Findings someone said are fine, and why.</p>
      <ul className="finding-list">
        {props.findings.map((f) => (
          <FindingItem
            key={f.key}
            finding={f}
            readOnly={props.readOnly}
            onShowAgain={props.onShowAgain}
          />
        ))}
      </ul>
    </details>
  );
}
