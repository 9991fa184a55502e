// Entry point of the report model: buildReport(model, now) → Report, shared by
// the Word report, the Markdown export and the slides. Pure and synchronous;
// linear in elements plus links (apart from the per-goal walks when the
// document has no groups). See types.ts for what each field holds.
import { DEFAULT_DOCUMENT_TITLE, type TocModel } from "../../domain/model";
import { buildContext, inStageOrder } from "./context";
import { narratePathway } from "./narrative";
import { ceilingSentence, overview } from "./overview";
import { splitPathways } from "./pathways";
import { qualitySummary } from "./quality";
import { activitiesTable } from "./tables/activities";
import { assumptionsTable, evidenceTable } from "./tables/assumptions";
import { linksTable } from "./tables/links";
import { outcomesTable } from "./tables/outcomes";
import { stakeholdersTable } from "./tables/stakeholders";
import { plain, writtenDate } from "./text";
import type { Pathway, Report } from "./types";

export type * from "./types";

export function buildReport(model: TocModel, now: Date): Report {
  const ctx = buildContext(model);
  const pathways: Pathway[] = splitPathways(ctx).map(({ id, title, members }) => {
    const ordered = inStageOrder(ctx, members);
    return {
      id,
      title,
      elements: ordered.map((i) => ctx.elements[i]),
      narrative: narratePathway(ctx, ordered),
    };
  });
  return {
    title: plain(model.meta.title, true) || DEFAULT_DOCUMENT_TITLE,
    date: writtenDate(now),
    framing: ctx.framing.id,
    framingLabel: ctx.framing.label,
    stages: ctx.stageOrder.map((id) => ({ id, name: ctx.framing.stageNames[id] })),
    overview: overview(ctx, pathways),
    isEmpty: pathways.length === 0,
    ceiling: ceilingSentence(ctx),
    pathways,
    tables: {
      outcomes: outcomesTable(ctx),
      assumptions: assumptionsTable(ctx),
      evidence: evidenceTable(ctx),
      activities: activitiesTable(ctx),
      stakeholders: stakeholdersTable(ctx),
      links: linksTable(ctx),
    },
    quality: qualitySummary(ctx),
  };
}
