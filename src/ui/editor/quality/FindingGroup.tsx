// The open findings of one check: its label with a count, its one-line
// explanation, and the findings. A long list shows its first SHOWN and a
// button for the rest, so a big document's panel stays quick to render.
import { useState } from "react";
import type { CheckInfo, Finding } from "../../../domain/quality";
import { FindingItem } from "./FindingItem";

const SHOWN = 30;

export function FindingGroup(props: {
  check: CheckInfo;
  findings: readonly Finding[];
  readOnly: boolean;
  onDismiss: (finding: Finding) => void;
}) {
  const { check, findings } = props;
  const [all, setAll] = useState(false);
  const headingId = `check-${check.id}`;
  const shown = all ? findings : findings.slice(0, SHOWN);
  return (
    <section className="check-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="check-group__title">
        {check.label} <span className="check-group__count">({findings.length})</span>
      </h3>
      <p className="hint check-group__explanation">{check.explanation}</p>
      <ul className="finding-list">
        {shown.map((f) => (
          <FindingItem
            key={f.key}
            finding={f}
            readOnly={props.readOnly}
            onDismiss={props.onDismiss}
          />
        ))}
      </ul>
      {shown.length < findings.length && (
        <button type="button" className="button button--small" onClick={() => setAll(true)}>
          Show all {findings.length}
        </button>
      )}
    </section>
  );
}
