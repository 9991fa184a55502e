// How a theory of change splits into pathways (each then narrated):
// - with groups (workstreams) in use: one pathway per group, then "Across
//   pathways" for staged elements in no group. Groups are stored without an
//   order (the model lists them by id), so they come in the order the diagram
//   shows them: by their elements' mean place across the stage bands;
// - otherwise one pathway per impact (or, with no impact, per long-term
//   outcome) holding everything upstream of it along causal links, then "Not
//   yet linked to a pathway" for staged elements upstream of no goal;
// - with no goal at all, one "The whole theory of change" pathway.
// Empty pathways are left out. Only staged elements (resources to impact)
// belong to pathways; notes and free-standing assumptions do not.
import { upstreamFrom } from "../../domain/quality/graph";
import type { ReportContext } from "./context";
import { plain, quoted } from "./text";

export interface PathwayMembers {
  readonly id: string;
  readonly title: string;
  /** Indexes into the context's elements, unsorted. */
  readonly members: readonly number[];
}

export function splitPathways(ctx: ReportContext): PathwayMembers[] {
  const staged: number[] = [];
  ctx.graph.elements.forEach((_, i) => {
    if (ctx.graph.staged[i]) staged.push(i);
  });
  return (byGroup(ctx, staged) ?? byGoal(ctx, staged)).filter((p) => p.members.length > 0);
}

function byGroup(ctx: ReportContext, staged: readonly number[]): PathwayMembers[] | null {
  const groups = ctx.model.groups;
  const known = new Set(groups.map((g) => g.id));
  const inGroup = new Map<string, number[]>(groups.map((g) => [g.id, []]));
  const across: number[] = [];
  for (const i of staged) {
    const group = ctx.graph.elements[i].group;
    if (group !== null && known.has(group)) inGroup.get(group)?.push(i);
    else across.push(i);
  }
  if (across.length === staged.length) return null;
  const place = (members: readonly number[]) =>
    members.reduce((sum, i) => sum + ctx.graph.elements[i].position.y, 0) / (members.length || 1);
  const ordered = groups
    .map((g, i) => ({ g, i, at: place(inGroup.get(g.id) ?? []) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ g }) => g);
  return [
    ...ordered.map((g) => ({
      id: g.id,
      title: plain(g.title, true) || "Untitled group",
      members: inGroup.get(g.id) ?? [],
    })),
    { id: "across", title: "Across pathways", members: across },
  ];
}

function byGoal(ctx: ReportContext, staged: readonly number[]): PathwayMembers[] {
  const { elements } = ctx.graph;
  let goals = staged.filter((i) => elements[i].kind === "impact");
  if (goals.length === 0) goals = staged.filter((i) => elements[i].stage === "long");
  if (goals.length === 0) {
    return [{ id: "whole", title: "The whole theory of change", members: staged }];
  }
  const linked = new Uint8Array(elements.length);
  const pathways = goals.map((goal) => {
    const upstream = upstreamFrom(ctx.graph, [goal]);
    const members = staged.filter((i) => upstream[i]);
    for (const i of members) linked[i] = 1;
    return {
      id: elements[goal].id,
      title: `Pathway to ${quoted(ctx.elements[goal].title)}`,
      members,
    };
  });
  const unlinked = staged.filter((i) => !linked[i]);
  return [...pathways, { id: "unlinked", title: "Not yet linked to a pathway", members: unlinked }];
}
