// The rules every template spec must keep, as one function that lists what a
// spec breaks. Each problem starts with the rule's name and a colon, so tests
// can break one rule on a copy of a template and check that rule is reported.

import {
  isConfidence,
  isElementStatus,
  isEvidenceStrength,
  isEvidenceType,
  MAX_DETAIL_TEXT,
  MAX_DETAILS_PER_LIST,
  STARTING_STAKEHOLDERS,
  safeEvidenceUrl,
} from "../../../src/domain/details";
import { fitStage, isElementKind, KINDS } from "../../../src/domain/kinds";
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from "../../../src/domain/model";
import { ACTIVITY_VERBS } from "../../../src/domain/quality/wording";
import { isFramingId, isStageId, stageIndex } from "../../../src/domain/stages";
import type { TemplateAssumption, TemplateSpec } from "../../../src/templates/spec";

/** The activity verb a title starts with (whole word, any case), or null. */
export function leadingVerb(title: string): string | null {
  const head = title
    .replace(/^[\s\p{P}\p{S}]+/u, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  for (const verb of ACTIVITY_VERBS) {
    if (head.startsWith(verb) && !/^[\p{L}\p{N}'’-]/u.test(head.slice(verb.length))) return verb;
  }
  return null;
}

/** US spellings (and the stems of -ize words) that UK public-sector writing avoids. */
const US_SPELLING =
  /\b((program|color|behavior|favor|neighbor|labor|center|catalog)(s|ed|ing|al|hood|hoods)?|analyz\w*|enroll|enrolls|enrollment|fulfill|\w*(organi|priori|recogni|personali|mobili|utili|reali|minimi|maximi|emphasi|speciali|summari|standardi|categori)z\w*)\b/i;

const LEVELS = [
  { key: "person", title: /^person level$/i },
  { key: "community", title: /^community level$/i },
  { key: "system", title: /^system level$/i },
] as const;

export const RESIDENTS = "sh-residents";

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

const fold = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

export interface RuleOptions {
  /** A starter template (person/community/system pathways), not a blank one. */
  starter: boolean;
}

export function templateProblems(spec: TemplateSpec, { starter }: RuleOptions): string[] {
  const problems: string[] = [];
  const say = (rule: string, message: string) => problems.push(`${rule}: ${message}`);

  // ---- The spec itself ----
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) say("id", `"${spec.id}" is not kebab-case`);
  for (const field of ["name", "summary", "title", "note"] as const) {
    if (!spec[field].trim()) say("spec-text", `${field} is empty`);
  }
  if (spec.title.length > MAX_TITLE_LENGTH) say("spec-text", "document title too long");
  if (!isFramingId(spec.framing)) say("framing", `unknown framing ${spec.framing}`);
  if (!/starting point/i.test(spec.note))
    say("note", "the note does not say it is a starting point");
  if (!/change first/i.test(spec.note)) say("note", "the note does not say what to change first");
  if (starter && !/sources drawn on/i.test(spec.note)) say("note", "the note names no sources");

  // ---- Groups ----
  const groupRefs = new Set<string>();
  for (const g of spec.groups) {
    if (!g.ref.trim() || groupRefs.has(g.ref))
      say("group-ref", `group ref "${g.ref}" empty or repeated`);
    groupRefs.add(g.ref);
    if (!g.title.trim() || g.title.length > MAX_TITLE_LENGTH)
      say("group-title", `group "${g.ref}"`);
  }

  // ---- Elements ----
  const byRef = new Map<string, TemplateSpec["elements"][number]>();
  const titles = new Map<string, string>();
  const checkAssumptions = (where: string, list: TemplateAssumption[] | undefined) => {
    if ((list?.length ?? 0) > MAX_DETAILS_PER_LIST)
      say("detail-text", `${where}: too many assumptions`);
    for (const a of list ?? []) {
      if (!a.text.trim() || a.text.length > MAX_DETAIL_TEXT)
        say("detail-text", `${where}: assumption text`);
      if (!isConfidence(a.confidence)) say("confidence", `${where}: ${a.confidence}`);
    }
  };

  for (const el of spec.elements) {
    const where = `element "${el.ref}"`;
    if (!el.ref.trim()) say("ref-unique", "an element has an empty ref");
    if (byRef.has(el.ref)) say("ref-unique", `${where} is repeated`);
    byRef.set(el.ref, el);

    if (!isElementKind(el.kind)) {
      say("kind", `${where}: unknown kind ${el.kind}`);
      continue;
    }
    if (KINDS[el.kind].stages.length > 0) {
      if (
        el.stage === undefined ||
        !isStageId(el.stage) ||
        fitStage(el.kind, el.stage) !== el.stage
      ) {
        say("stage", `${where}: stage ${el.stage} not allowed for ${el.kind}`);
      }
    } else if (el.stage !== undefined) {
      say("stage", `${where}: ${el.kind} is not staged`);
    }

    if (!el.title.trim()) say("title-empty", `${where} has no title`);
    if (el.title.length > MAX_TITLE_LENGTH) say("title-long", `${where}: ${el.title.length} chars`);
    const folded = fold(el.title);
    if (folded) {
      const other = titles.get(folded);
      if (other !== undefined) say("title-duplicate", `${where} repeats the title of "${other}"`);
      else titles.set(folded, el.ref);
    }
    if ((el.description?.length ?? 0) > MAX_DESCRIPTION_LENGTH)
      say("detail-text", `${where}: description`);
    if (el.group !== undefined && !groupRefs.has(el.group)) {
      say("group-exists", `${where}: no group "${el.group}"`);
    }
    if (el.status !== undefined && !isElementStatus(el.status))
      say("status", `${where}: ${el.status}`);

    checkAssumptions(where, el.assumptions);
    for (const ind of el.indicators ?? []) {
      for (const text of Object.values(ind)) {
        if (text.length > MAX_DETAIL_TEXT) say("detail-text", `${where}: indicator field too long`);
      }
    }
    for (const ev of el.evidence ?? []) {
      if (!ev.title.trim() || ev.title.length > MAX_DETAIL_TEXT)
        say("detail-text", `${where}: evidence title`);
      if (!isEvidenceType(ev.type)) say("evidence-type", `${where}: ${ev.type}`);
      if (!isEvidenceStrength(ev.strength)) say("evidence-strength", `${where}: ${ev.strength}`);
      if (ev.url !== "" && !(ev.url.startsWith("https://") && safeEvidenceUrl(ev.url) === ev.url)) {
        say("evidence-url", `${where}: "${ev.url}" is neither empty nor a normalised https URL`);
      }
    }
    const seen = new Set<string>();
    for (const who of el.proposedBy ?? []) {
      if (!STARTING_STAKEHOLDERS.some((s) => s.id === who))
        say("proposed-by", `${where}: unknown group "${who}"`);
      if (seen.has(who)) say("proposed-by", `${where}: "${who}" listed twice`);
      seen.add(who);
    }

    if (el.kind === "outcome") {
      const verb = leadingVerb(el.title);
      if (verb) say("outcome-verb", `${where} starts with "${verb}": an outcome names a change`);
    }
  }

  // ---- Links ----
  const pairs = new Set<string>();
  const next = new Map<string, string[]>();
  const prev = new Map<string, string[]>();
  for (const link of spec.links) {
    const where = `link ${link.from} → ${link.to}`;
    const from = byRef.get(link.from);
    const to = byRef.get(link.to);
    if (!from || !to) {
      say("link-end", `${where}: an end does not exist`);
      continue;
    }
    if (link.from === link.to) say("self-link", where);
    const pair = `${link.from}\u0000${link.to}`;
    if (pairs.has(pair)) say("duplicate-link", where);
    pairs.add(pair);
    next.set(link.from, [...(next.get(link.from) ?? []), link.to]);
    prev.set(link.to, [...(prev.get(link.to) ?? []), link.from]);
    if (link.rationale !== undefined) {
      if (!/^Because\s\S/.test(link.rationale))
        say("rationale", `${where}: does not start "Because …"`);
      if (link.rationale.length > MAX_DETAIL_TEXT) say("detail-text", `${where}: rationale`);
    }
    checkAssumptions(where, link.assumptions);
    if (starter && from.stage && to.stage && stageIndex(from.stage) >= stageIndex(to.stage)) {
      say("forward", `${where}: goes from ${from.stage} to ${to.stage}, not forwards`);
    }
  }

  // Cycles: depth-first search with three colours.
  const colour = new Map<string, 1 | 2>();
  const visit = (ref: string): boolean => {
    colour.set(ref, 1);
    for (const n of next.get(ref) ?? []) {
      const c = colour.get(n);
      if (c === 1) return true;
      if (c === undefined && visit(n)) return true;
    }
    colour.set(ref, 2);
    return false;
  };
  for (const ref of byRef.keys()) {
    if (!colour.has(ref) && visit(ref)) {
      say("cycle", `a loop runs through "${ref}"`);
      break;
    }
  }

  // ---- Whole text ----
  for (const text of allStrings(spec)) {
    if (text.includes("%")) say("no-statistics", `"${text.slice(0, 60)}" has a percentage`);
    const us = US_SPELLING.exec(text);
    if (us) say("spelling", `"${us[0]}" is a US spelling`);
    if (/["“”]/.test(text)) say("quotes", `"${text.slice(0, 60)}" has double quotes`);
  }

  // ---- Blank templates ----
  if (!starter) {
    if (spec.elements.length > 1) say("blank", "a blank template holds at most one element");
    if (spec.elements.some((e) => e.kind !== "impact"))
      say("blank", "a blank holds only an impact");
    if (spec.links.length > 0) say("blank", "a blank template has no links");
    return problems;
  }

  // ---- Starters ----
  const n = spec.elements.length;
  if (n < 25 || n > 45) say("size", `${n} elements, not 25–45`);
  const impacts = spec.elements.filter((e) => e.kind === "impact");
  if (impacts.length !== 1) say("one-impact", `${impacts.length} impacts`);
  for (const kind of ["input", "activity", "output"] as const) {
    if (!spec.elements.some((e) => e.kind === kind)) say("kinds", `no ${kind}`);
  }

  const outcomes = spec.elements.filter((e) => e.kind === "outcome");
  for (const o of outcomes) {
    const indicators = o.indicators ?? [];
    if (indicators.length === 0) say("indicator", `outcome "${o.ref}" has no indicator`);
    for (const ind of indicators) {
      for (const [field, text] of Object.entries(ind)) {
        if (!text.trim()) say("indicator", `outcome "${o.ref}": indicator ${field} is empty`);
      }
    }
    if (o.group === undefined) say("outcome-group", `outcome "${o.ref}" is in no pathway`);
  }

  // Every staged element reaches the impact by following links forwards.
  const reaches = new Set(impacts.map((e) => e.ref));
  const queue = [...reaches];
  while (queue.length > 0) {
    const ref = queue.pop() as string;
    for (const p of prev.get(ref) ?? []) {
      if (!reaches.has(p)) {
        reaches.add(p);
        queue.push(p);
      }
    }
  }
  for (const el of spec.elements) {
    if (isElementKind(el.kind) && KINDS[el.kind].stages.length > 0 && !reaches.has(el.ref)) {
      say("reach-impact", `"${el.ref}" has no path to the impact`);
    }
  }

  // Each outcome and the impact rests on at least two preconditions (the
  // "sufficient?" prompt of backwards mapping would otherwise fire).
  for (const el of [...outcomes, ...impacts]) {
    const causes = new Set(
      (prev.get(el.ref) ?? []).filter((p) => {
        const kind = byRef.get(p)?.kind;
        return kind === "activity" || kind === "output" || kind === "outcome";
      }),
    );
    if (causes.size < 2) say("preconditions", `"${el.ref}" has ${causes.size} precondition(s)`);
  }

  // Person, community and system pathways, each with short, medium and long outcomes.
  for (const level of LEVELS) {
    const group = spec.groups.find((g) => level.title.test(g.title.trim()));
    if (!group) {
      say("levels", `no group titled "${level.key} level"`);
      continue;
    }
    for (const stage of ["short", "medium", "long"] as const) {
      if (!outcomes.some((o) => o.group === group.ref && o.stage === stage)) {
        say("levels", `${level.key} level has no ${stage}-term outcome`);
      }
    }
  }

  const withRationale = spec.links.filter((l) => l.rationale?.trim()).length;
  if (withRationale < 0.8 * spec.links.length)
    say("rationale-most", `${withRationale} of ${spec.links.length}`);
  if (spec.links.filter((l) => (l.assumptions?.length ?? 0) > 0).length < 3) {
    say("link-assumptions", "fewer than 3 links carry assumptions");
  }

  const named = new Set(spec.elements.flatMap((e) => e.proposedBy ?? []));
  for (const { id: who } of STARTING_STAKEHOLDERS) {
    if (!named.has(who)) say("stakeholders", `"${who}" proposed nothing`);
  }
  const byResidents = outcomes.filter((o) => o.proposedBy?.includes(RESIDENTS)).length;
  if (byResidents < 3)
    say("stakeholders", `residents proposed ${byResidents} outcomes, not 3 or more`);

  const evidence = spec.elements.flatMap((e) => e.evidence ?? []);
  if (evidence.length < 3) say("evidence", `${evidence.length} evidence items`);
  if (!evidence.some((e) => e.type === "lived-experience")) say("evidence", "no lived experience");
  if (!evidence.some((e) => e.strength !== "strong")) say("evidence", "every item claims strong");

  return problems;
}
