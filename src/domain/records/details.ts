// The details that hang off elements and links: assumptions, indicators and
// evidence. Detail text is never trimmed (it is what the person typed).
import {
  type Assumption,
  CONFIDENCE_LEVELS,
  EVIDENCE_STRENGTHS,
  EVIDENCE_TYPES,
  type Evidence,
  type Indicator,
  safeEvidenceUrl,
} from "../details";
import {
  choiceOf,
  type Field,
  type Fields,
  lineText,
  makeField,
  ownId,
  paragraphText,
} from "./field";
import { MAX_DETAIL_TEXT, MAX_EVIDENCE_URL_LENGTH } from "./limits";

const detailLine = lineText(MAX_DETAIL_TEXT);

export const ASSUMPTION: Fields<Assumption> = {
  id: ownId(),
  text: paragraphText(MAX_DETAIL_TEXT),
  confidence: choiceOf(CONFIDENCE_LEVELS, "medium"),
};

export const INDICATOR: Fields<Indicator> = {
  id: ownId(),
  measure: detailLine,
  population: detailLine,
  baseline: detailLine,
  target: detailLine,
  threshold: detailLine,
  byWhen: detailLine,
  dataSource: detailLine,
};

/** https: or mailto: only, normalised; "" when none or unsafe. */
const evidenceUrl: Field<string> = makeField({
  type: "line",
  default: "",
  maxLength: MAX_EVIDENCE_URL_LENGTH,
  trim: true,
  parse: safeEvidenceUrl,
});

export const EVIDENCE: Fields<Evidence> = {
  id: ownId(),
  title: detailLine,
  url: evidenceUrl,
  type: choiceOf(EVIDENCE_TYPES, "research"),
  strength: choiceOf(EVIDENCE_STRENGTHS, "moderate"),
};

export interface DetailItems {
  assumptions: Assumption;
  indicators: Indicator;
  evidence: Evidence;
}
export type DetailList = keyof DetailItems;

export const DETAIL_FIELDS: { readonly [L in DetailList]: Fields<DetailItems[L]> } = {
  assumptions: ASSUMPTION,
  indicators: INDICATOR,
  evidence: EVIDENCE,
};
export const DETAIL_LISTS = Object.keys(DETAIL_FIELDS) as DetailList[];
/** Links carry assumptions and evidence; indicators measure elements only. */
export const LINK_DETAIL_LISTS: readonly DetailList[] = ["assumptions", "evidence"];
