// Links with their rationale ("because…"), in model order.
import type { ReportContext } from "../context";
import { plain } from "../text";
import type { ReportTable } from "../types";
import { makeTable } from "./table";

export function linksTable(ctx: ReportContext): ReportTable {
  const { graph, elements } = ctx;
  const rows = graph.links.map((link, l) => [
    elements[graph.source[l]].title,
    elements[graph.target[l]].title,
    plain(link.rationale) || "No rationale yet",
  ]);
  return makeTable(
    [
      { title: "From", width: 30 },
      { title: "To", width: 30 },
      { title: "Because", width: 40 },
    ],
    rows,
    "There are no links yet.",
  );
}
