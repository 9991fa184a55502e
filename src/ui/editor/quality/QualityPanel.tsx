// The side panel's "Checks" tab: the live quality checks of the open
// document, grouped by check in CHECKS order, with a summary (announced
// politely when the count settles), dismiss-with-a-reason, and the dismissed
// findings collapsed at the end. Findings come from a deferred copy of the
// model, so typing on a big document never waits for the checks.
// Focus: going to a finding keeps focus here; after a dismissal it moves to
// the next finding (or the summary); after "Show again", to that finding.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { TocModel } from "../../../domain/model";
import { CHECKS, type CheckId, type Finding } from "../../../domain/quality";
import { useEditor } from "../../../store/editorStore";
import { dismissWithReason, findingsOf, showFindingAgain } from "../../../store/quality";
import { plural } from "../../common/format";
import { DismissDialog } from "./DismissDialog";
import { DismissedList } from "./DismissedList";
import { FindingGroup } from "./FindingGroup";
import { QualityAnnouncer } from "./QualityAnnouncer";
import "./quality.css";

/**
 * Where focus goes once the (deferred) findings show a change: `key` is the
 * finding to focus (null: the summary), `after` the finding whose dismissal
 * (true) or return (false) must show first.
 */
type FocusTarget = { key: string | null; after: string; dismissed: boolean };

function summaryOf(open: number): string {
  if (open === 0) return "No problems found — nice work.";
  return `${plural(open, "thing")} to look at.`;
}

export function QualityPanel(props: { model: TocModel }) {
  const model = useDeferredValue(props.model);
  const readOnly = useEditor((s) => s.open !== "ready");
  const findings = findingsOf(model);
  const { open, dismissed, byCheck } = useMemo(() => {
    const open: Finding[] = [];
    const dismissed: Finding[] = [];
    const byCheck = new Map<CheckId, Finding[]>();
    for (const f of findings) {
      if (f.dismissal) {
        dismissed.push(f);
        continue;
      }
      open.push(f);
      const list = byCheck.get(f.check);
      if (list) list.push(f);
      else byCheck.set(f.check, [f]);
    }
    return { open, dismissed, byCheck };
  }, [findings]);

  const [asking, setAsking] = useState<Finding | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Move focus once the list shows the change and the dialog has gone.
  useEffect(() => {
    if (!focusTarget || asking || !root.current) return;
    const changed = findings.find((f) => f.key === focusTarget.after);
    if (changed && Boolean(changed.dismissal) !== focusTarget.dismissed) return; // not yet
    const selector = `.check-group [data-finding="${CSS.escape(focusTarget.key ?? "")}"] [data-finding-go]`;
    const target = focusTarget.key ? root.current.querySelector<HTMLElement>(selector) : null;
    (target ?? root.current.querySelector<HTMLElement>("#checks-summary"))?.focus();
    setFocusTarget(null);
  }, [focusTarget, asking, findings]);

  const onDismiss = useCallback((f: Finding) => setAsking(f), []);
  const onShowAgain = useCallback((f: Finding) => {
    if (showFindingAgain(f.key)) setFocusTarget({ key: f.key, after: f.key, dismissed: false });
  }, []);
  const dismiss = (f: Finding, reason: string) => {
    if (!dismissWithReason(f.key, reason)) return;
    const i = open.findIndex((o) => o.key === f.key);
    const next = open[i + 1] ?? open[i - 1] ?? null;
    setFocusTarget({ key: next?.key ?? null, after: f.key, dismissed: true });
  };

  const summary = summaryOf(open.length);
  return (
    <div ref={root} className="quality">
      <h2 id="side-panel-heading">Checks</h2>
      <p id="checks-summary" className="quality__summary" tabIndex={-1}>
        {summary}
      </p>
      <QualityAnnouncer summary={summary} />
      {readOnly && (
        <p className="hint">This document is read-only here, so findings cannot be dismissed.</p>
      )}
      {CHECKS.map((check) => {
        const list = byCheck.get(check.id);
        return list ? (
          <FindingGroup
            key={check.id}
            check={check}
            findings={list}
            readOnly={readOnly}
            onDismiss={onDismiss}
          />
        ) : null;
      })}
      <DismissedList findings={dismissed} readOnly={readOnly} onShowAgain={onShowAgain} />
      {asking && (
        <DismissDialog
          finding={asking}
          onDismiss={(reason) => dismiss(asking, reason)}
          onClose={() => setAsking(null)}
        />
      )}
    </div>
  );
}
