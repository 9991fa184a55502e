// Assumptions and evidence. `assumptionsTable`: every assumption on an element
// or a link ("Link: A → B"), plus free-standing assumption elements, with its
// confidence and the evidence recorded on the same element or link.
// `evidenceTable`: every piece of evidence, what it supports and its link
// (https: or mailto: only; anything else is left out).
import {
  type Assumption,
  CONFIDENCE_LABELS,
  EVIDENCE_STRENGTH_LABELS,
  EVIDENCE_TYPE_LABELS,
  type Evidence,
  safeEvidenceUrl,
} from "../../../domain/details";
import { describeEvidence, inStageOrder, type ReportContext } from "../context";
import { plain } from "../text";
import type { ReportTable } from "../types";
import { joined, makeTable } from "./table";

interface Holder {
  where: string;
  assumptions: readonly Assumption[];
  evidence: readonly Evidence[];
}

/** Elements (stage order, then unstaged) then links (model order). */
function holders(ctx: ReportContext): Holder[] {
  const { graph, elements } = ctx;
  const all = inStageOrder(
    ctx,
    graph.elements.map((_, i) => i),
  );
  const fromElements = all.map((i) => ({
    where: `${elements[i].kindLabel}: ${elements[i].title}`,
    assumptions: graph.elements[i].assumptions,
    evidence: graph.elements[i].evidence,
  }));
  const fromLinks = graph.links.map((link, l) => ({
    where: `Link: ${elements[graph.source[l]].title} → ${elements[graph.target[l]].title}`,
    assumptions: link.assumptions,
    evidence: link.evidence,
  }));
  return [...fromElements, ...fromLinks];
}

export function assumptionsTable(ctx: ReportContext): ReportTable {
  const rows: string[][] = [];
  for (const h of holders(ctx)) {
    const evidence = joined(h.evidence.map(describeEvidence));
    for (const a of h.assumptions) {
      const text = plain(a.text);
      if (!text) continue;
      const confidence = CONFIDENCE_LABELS[a.confidence];
      rows.push([h.where, text, confidence ?? "Not rated", evidence]);
    }
  }
  ctx.graph.elements.forEach((el, i) => {
    if (el.kind === "assumption") {
      const shown = ctx.elements[i];
      rows.push([
        "Free-standing assumption",
        shown.title,
        "Not rated",
        joined(el.evidence.map(describeEvidence)),
      ]);
    }
  });
  return makeTable(
    [
      { title: "Where", width: 28 },
      { title: "Assumption", width: 36 },
      { title: "Confidence", width: 12 },
      { title: "Evidence", width: 24 },
    ],
    rows,
    "No assumptions have been recorded yet.",
  );
}

export function evidenceTable(ctx: ReportContext): ReportTable {
  const rows = holders(ctx).flatMap((h) =>
    h.evidence.map((e) => [
      plain(e.title, true) || "Untitled evidence",
      EVIDENCE_TYPE_LABELS[e.type] ?? "Other",
      EVIDENCE_STRENGTH_LABELS[e.strength] ?? "Unrated",
      h.where,
      safeEvidenceUrl(e.url),
    ]),
  );
  return makeTable(
    [
      { title: "Evidence", width: 36 },
      { title: "Type", width: 12 },
      { title: "Strength", width: 10 },
      { title: "Supports", width: 26 },
      { title: "Link", width: 16, link: true },
    ],
    rows,
    "No evidence has been recorded yet.",
  );
}
