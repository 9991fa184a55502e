// Readable cell values for the coded ones (kinds, stages, statuses…), and the
// way back: a cell may hold the label we write, the code, or — for stages —
// either framing's name, ignoring case and punctuation. Unknown text reads as
// undefined, and the caller decides what that means.
import {
  CONFIDENCE_LEVELS,
  type Confidence,
  ELEMENT_STATUSES,
  EVIDENCE_STRENGTH_LABELS,
  EVIDENCE_STRENGTHS,
  EVIDENCE_TYPE_LABELS,
  EVIDENCE_TYPES,
  ROLE_LABELS,
  STAKEHOLDER_ROLES,
  STATUS_LABELS,
} from "../../domain/details";
import { ELEMENT_KINDS, KINDS } from "../../domain/kinds";
import { FRAMING_IDS, FRAMINGS, STAGE_IDS } from "../../domain/stages";
import { normaliseHeading } from "./tables";

const CONFIDENCE_WORDS: Record<Confidence, string> = { low: "Low", medium: "Medium", high: "High" };

function reader<T extends string>(
  codes: readonly T[],
  labels: (code: T) => readonly string[],
): (text: string) => T | undefined {
  const byText = new Map<string, T>();
  for (const code of codes) {
    for (const name of [code, ...labels(code)]) byText.set(normaliseHeading(name), code);
  }
  return (text) => byText.get(normaliseHeading(text));
}

export const LABEL = {
  kind: (code: keyof typeof KINDS) => KINDS[code].label,
  stage: (code: (typeof STAGE_IDS)[number], framing: keyof typeof FRAMINGS) =>
    FRAMINGS[framing].stageNames[code],
  framing: (code: keyof typeof FRAMINGS) => FRAMINGS[code].label,
  status: (code: keyof typeof STATUS_LABELS) => STATUS_LABELS[code],
  confidence: (code: Confidence) => CONFIDENCE_WORDS[code],
  evidenceType: (code: keyof typeof EVIDENCE_TYPE_LABELS) => EVIDENCE_TYPE_LABELS[code],
  strength: (code: keyof typeof EVIDENCE_STRENGTH_LABELS) => EVIDENCE_STRENGTH_LABELS[code],
  role: (code: keyof typeof ROLE_LABELS) => ROLE_LABELS[code],
};

export const READ = {
  kind: reader(ELEMENT_KINDS, (k) => [KINDS[k].label, KINDS[k].tag]),
  stage: reader(STAGE_IDS, (s) => FRAMING_IDS.map((f) => FRAMINGS[f].stageNames[s])),
  framing: reader(FRAMING_IDS, (f) => [FRAMINGS[f].label]),
  status: reader(ELEMENT_STATUSES, (s) => [STATUS_LABELS[s]]),
  confidence: reader(CONFIDENCE_LEVELS, (c) => [CONFIDENCE_WORDS[c], `${c} confidence`]),
  evidenceType: reader(EVIDENCE_TYPES, (t) => [EVIDENCE_TYPE_LABELS[t]]),
  strength: reader(EVIDENCE_STRENGTHS, (s) => [EVIDENCE_STRENGTH_LABELS[s]]),
  role: reader(STAKEHOLDER_ROLES, (r) => [ROLE_LABELS[r]]),
};
