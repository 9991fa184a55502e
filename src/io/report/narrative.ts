// A pathway told in plain English, from the model only. The stages come in
// the framing's reading order: the theory-of-change framing maps backwards
// (the goal first, then what must change first, down to the activities and
// resources); the logic model reads forwards (resources to impact). Each stage
// opens with a paragraph naming its elements; then each element with anything
// more to say (description, status, owner, assumptions, evidence, the links
// leaving it with their "because") gets a paragraph of its own.
import { type Assumption, CONFIDENCE_LABELS } from "../../domain/details";
import type { StageId } from "../../domain/stages";
import { describeEvidence, type ReportContext } from "./context";
import { afterBecause, listOf, lowerFirst, paragraph, plain, quoted, sentence } from "./text";

export function narratePathway(ctx: ReportContext, ordered: readonly number[]): string[] {
  const paragraphs: string[] = [];
  let stageStart = 0;
  let stagesSeen = 0;
  for (let i = 1; i <= ordered.length; i++) {
    const stage = ctx.graph.elements[ordered[stageStart]].stage;
    if (i < ordered.length && ctx.graph.elements[ordered[i]].stage === stage) continue;
    const inStage = ordered.slice(stageStart, i);
    if (stage !== null) paragraphs.push(stageIntro(ctx, stage, inStage, stagesSeen === 0));
    for (const index of inStage) {
      const about = aboutElement(ctx, index);
      if (about) paragraphs.push(about);
    }
    stagesSeen++;
    stageStart = i;
  }
  return paragraphs;
}

function stageIntro(ctx: ReportContext, stage: StageId, inStage: number[], first: boolean): string {
  const titles = listOf(inStage.map((i) => quoted(ctx.elements[i].title)));
  const many = inStage.length > 1;
  const plural = lowerFirst(ctx.framing.stageNames[stage]);
  // "these early outcomes" / "this early outcome"
  const these = many ? `these ${plural}` : `this ${singular(plural)}`;
  const are = many ? "are" : "is";
  const opening = (): string => {
    if (stage === "impact") return `The long-term ${many ? "goals are" : "goal is"} ${titles}.`;
    const backwards = ctx.framing.direction === "up";
    const outcome = stage === "short" || stage === "medium" || stage === "long";
    if (first && backwards && outcome) return `This pathway works towards ${titles} (${plural}).`;
    if (stage === "inputs") return `The programme draws on ${these}: ${titles}.`;
    if (stage === "activities")
      return `The programme's ${many ? plural : singular(plural)} ${are}: ${titles}.`;
    if (first) return `This pathway ${backwards ? "holds" : "begins with"} ${these}: ${titles}.`;
    if (backwards) {
      if (stage === "outputs")
        return `These depend on ${many ? `the ${plural}` : `one ${singular(plural)}`}: ${titles}.`;
      return `For this, ${these} must first change: ${titles}.`;
    }
    if (stage === "outputs") return `These produce ${these}: ${titles}.`;
    return `These are expected to lead to ${these}: ${titles}.`;
  };
  const them = many ? "them" : "it";
  const beyond = ctx.elements[inStage[0]].contributesTo
    ? `This lies beyond the accountability ceiling: the programme contributes to ${them} rather than answering for ${them} alone.`
    : "";
  return paragraph([opening(), beyond]);
}

/** "early outcomes" → "early outcome", "activities" → "activity". */
function singular(plural: string): string {
  if (plural.endsWith("ies")) return `${plural.slice(0, -3)}y`;
  return plural.endsWith("s") ? plural.slice(0, -1) : plural;
}

/** The element's own paragraph, or "" when it has nothing more to say than its title. */
function aboutElement(ctx: ReportContext, index: number): string {
  const el = ctx.graph.elements[index];
  const shown = ctx.elements[index];
  let named = false;
  const subject = () => {
    if (named) return "It";
    named = true;
    return quoted(shown.title);
  };
  const parts: string[] = [];
  if (shown.description) {
    named = true;
    parts.push(`${quoted(shown.title)}: ${sentence(oneLine(shown.description))}`);
  }
  if (el.status === "contested") parts.push(`${subject()} is contested.`);
  const owner = plain(el.owner, true);
  if (owner) parts.push(`${subject()} is the responsibility of ${owner}.`);
  parts.push(...assumptionSentences(el.assumptions, () => subject()));
  if (el.evidence.length > 0) {
    parts.push(`${subject()} is supported by: ${listOf(el.evidence.map(describeEvidence))}.`);
  }
  for (const l of ctx.graph.outgoing[index]) {
    const link = ctx.graph.links[l];
    const target = quoted(ctx.elements[ctx.graph.target[l]].title);
    const because = afterBecause(oneLine(plain(link.rationale)));
    parts.push(sentence(`${subject()} leads to ${target}${because ? ` because ${because}` : ""}`));
    parts.push(...assumptionSentences(link.assumptions, () => "This"));
    if (link.evidence.length > 0) {
      parts.push(`Evidence for this link: ${listOf(link.evidence.map(describeEvidence))}.`);
    }
  }
  return parts.length > 0 ? paragraph(parts) : "";
}

function assumptionSentences(list: readonly Assumption[], subject: () => string): string[] {
  return list.flatMap((a) => {
    const text = oneLine(plain(a.text)).replace(/[.\s]+$/, "");
    if (!text) return [];
    const confidence = (CONFIDENCE_LABELS[a.confidence] ?? "unrated confidence").toLowerCase();
    return [`${subject()} rests on the assumption that ${lowerFirst(text)} (${confidence}).`];
  });
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
