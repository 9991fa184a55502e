// The quality checks as they stand: open findings and dismissed ones (with the
// reason and who dismissed them), grouped by check in the checks' order.

import { CHECKS, checkGraph } from "../../domain/quality";
import type { ReportContext } from "./context";
import { count, plain } from "./text";
import type { QualityFindingLine, QualityGroup, QualitySummary } from "./types";

export function qualitySummary(ctx: ReportContext): QualitySummary {
  const findings = checkGraph(ctx.graph, ctx.model.dismissals);
  const groups: QualityGroup[] = [];
  for (const check of CHECKS) {
    const open: QualityFindingLine[] = [];
    const dismissed: QualityFindingLine[] = [];
    for (const f of findings) {
      if (f.check !== check.id) continue;
      const message = plain(f.message, true);
      if (f.dismissal) {
        const reason = plain(f.dismissal.reason, true) || "No reason given";
        const by = plain(f.dismissal.by, true);
        const text = `${message} Reason: ${reason}${by ? ` (dismissed by ${by})` : ""}`;
        dismissed.push({ message, reason, by, text });
      } else open.push({ message, reason: "", by: "", text: message });
    }
    if (open.length + dismissed.length > 0) {
      const counts = [`${open.length} open`];
      if (dismissed.length > 0) counts.push(`${dismissed.length} dismissed`);
      groups.push({
        check: check.id,
        label: check.label,
        heading: `${check.label} (${counts.join(", ")})`,
        explanation: check.explanation,
        open,
        dismissed,
      });
    }
  }
  const openCount = groups.reduce((n, g) => n + g.open.length, 0);
  const dismissedCount = groups.reduce((n, g) => n + g.dismissed.length, 0);
  return { openCount, dismissedCount, summary: summarise(openCount, dismissedCount), groups };
}

function summarise(open: number, dismissed: number): string {
  if (open + dismissed === 0) return "No findings: every check passes.";
  const dismissedPart = dismissed > 0 ? `, and ${dismissed} dismissed with a reason` : "";
  return `${count(open, "open finding")}${dismissedPart}.`;
}
