// Link without a rationale: a link (between two existing elements) with a
// blank rationale and no assumption with any text. Either one is enough;
// evidence alone is not, because it supports a reason rather than giving one.
import type { TocLink } from "../model";
import { type Finding, finding } from "./finding";
import type { ModelGraph } from "./graph";
import { quote } from "./names";

function hasReason(link: TocLink): boolean {
  return link.rationale.trim() !== "" || link.assumptions.some((a) => a.text.trim() !== "");
}

export function linksWithoutRationale(graph: ModelGraph): Finding[] {
  const findings: Finding[] = [];
  graph.links.forEach((link, l) => {
    if (hasReason(link)) return;
    const from = graph.elements[graph.source[l]];
    const to = graph.elements[graph.target[l]];
    const message = `The link from ${quote(from.title)} to ${quote(to.title)} has no rationale or assumption: why does one lead to the other?`;
    findings.push(
      finding("link-without-rationale", [link.id], message, [from.id, to.id], [link.id]),
    );
  });
  return findings;
}
