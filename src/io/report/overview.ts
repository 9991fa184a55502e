// The report's opening: what the document holds (counted, never judged) or
// that it is empty, and the accountability ceiling in one sentence.
import type { ElementKind } from "../../domain/kinds";
import { STAGE_IDS, type StageId, stageIndex } from "../../domain/stages";
import type { ReportContext } from "./context";
import { count, listOf, lowerFirst } from "./text";
import type { Pathway } from "./types";

const COUNTED: readonly [ElementKind, string, string][] = [
  ["impact", "impact", "impacts"],
  ["outcome", "outcome", "outcomes"],
  ["output", "output", "outputs"],
  ["activity", "activity", "activities"],
  ["input", "resource", "resources"],
];

const EMPTY_OVERVIEW =
  "This theory of change has no elements yet. Add the impact you want and the outcomes that lead to it, then export again.";

export function overview(ctx: ReportContext, pathways: readonly Pathway[]): string[] {
  const kinds = new Map<ElementKind, number>();
  ctx.graph.elements.forEach((el, i) => {
    if (ctx.graph.staged[i]) kinds.set(el.kind, (kinds.get(el.kind) ?? 0) + 1);
  });
  if (kinds.size === 0) return [EMPTY_OVERVIEW];
  const parts = COUNTED.flatMap(([kind, one, many]) => {
    const n = kinds.get(kind) ?? 0;
    return n > 0 ? [count(n, one, many)] : [];
  });
  const links = ctx.graph.links.length;
  const joinedBy = links > 0 ? `, joined by ${count(links, "link")}` : ", not yet linked";
  const first = `This ${lowerFirst(ctx.framing.label)} holds ${listOf(parts)}${joinedBy}.`;
  const names = listOf(pathways.map((p) => p.title));
  const second =
    pathways.length === 1
      ? `It is told below as one pathway: ${names}.`
      : `It is told below in ${pathways.length} pathways: ${names}.`;
  return [first, second];
}

export function ceilingSentence(ctx: ReportContext): string | null {
  const ceiling = ctx.model.meta.ceiling;
  if (ceiling === null) return null;
  const name = (s: StageId) => lowerFirst(ctx.framing.stageNames[s]);
  const beyond = STAGE_IDS.filter((s) => stageIndex(s) > stageIndex(ceiling)).map(name);
  const answers = `The programme answers for everything up to and including its ${name(ceiling)}`;
  if (beyond.length === 0) return `${answers}.`;
  return `${answers}; beyond that line it contributes to the ${listOf(beyond)}, which it does not answer for alone.`;
}
