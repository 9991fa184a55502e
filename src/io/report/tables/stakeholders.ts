// Stakeholders and who proposed what: one row per group in the register's
// order, with the elements it proposed, endorsed and challenged.
import type { StakeholderRole } from "../../../domain/details";
import { inStageOrder, type ReportContext } from "../context";
import { plain } from "../text";
import type { ReportTable } from "../types";
import { joined, makeTable } from "./table";

export function stakeholdersTable(ctx: ReportContext): ReportTable {
  const { graph, elements } = ctx;
  const order = inStageOrder(
    ctx,
    graph.elements.map((_, i) => i),
  );
  const rows = ctx.model.stakeholders.map((group) => {
    const titles = (role: StakeholderRole) =>
      joined(
        order
          .filter((i) => graph.elements[i].stakeholders[group.id] === role)
          .map((i) => elements[i].title),
        "—",
      );
    return [
      plain(group.name, true) || "Unnamed group",
      titles("proposed"),
      titles("endorsed"),
      titles("challenged"),
    ];
  });
  // Most registers use one role far more than the others: share the width by
  // how much each role column holds, so an empty column does not take a third.
  const held = [1, 2, 3].map((c) =>
    rows.reduce((n, row) => n + (row[c] === "—" ? 0 : row[c].length), 0),
  );
  const total = held.reduce((a, b) => a + b, 0) || 1;
  const width = (c: number) => 10 + (71 * held[c]) / total;
  return makeTable(
    [
      { title: "Stakeholder group", width: 19 },
      { title: "Proposed", width: width(0) },
      { title: "Endorsed", width: width(1) },
      { title: "Challenged", width: width(2) },
    ],
    rows,
    "No stakeholder groups are recorded.",
  );
}
