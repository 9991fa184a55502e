// Activities and outputs: each activity, the outputs it links to, and the
// outcomes (or impact) it leads to, directly or through those outputs.
import { inStageOrder, type ReportContext } from "../context";
import type { ReportTable } from "../types";
import { joined, makeTable } from "./table";

const LEADS_TO = new Set(["outcome", "impact"]);

export function activitiesTable(ctx: ReportContext): ReportTable {
  const { graph, elements } = ctx;
  const targets = (i: number) => graph.outgoing[i].map((l) => graph.target[l]);
  const activities = graph.elements.flatMap((el, i) => (el.kind === "activity" ? [i] : []));
  const rows = inStageOrder(ctx, activities).map((i) => {
    const outputs = targets(i).filter((t) => graph.elements[t].kind === "output");
    const outcomes = new Set<number>();
    for (const t of [...targets(i), ...outputs.flatMap(targets)]) {
      if (LEADS_TO.has(graph.elements[t].kind)) outcomes.add(t);
    }
    return [
      elements[i].title,
      joined(
        outputs.map((t) => elements[t].title),
        "No output linked yet",
      ),
      joined(
        inStageOrder(ctx, outcomes).map((t) => elements[t].title),
        "No outcome linked yet",
      ),
    ];
  });
  return makeTable(
    [
      { title: "Activity", width: 34 },
      { title: "Outputs", width: 33 },
      { title: "Outcomes it leads to", width: 33 },
    ],
    rows,
    "There are no activities yet.",
  );
}
