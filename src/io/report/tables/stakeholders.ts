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
  return makeTable(
    [
      { title: "Stakeholder group", width: 19 },
      { title: "Proposed", width: 27 },
      { title: "Endorsed", width: 27 },
      { title: "Challenged", width: 27 },
    ],
    rows,
    "No stakeholder groups are recorded.",
  );
}
