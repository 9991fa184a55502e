// What each list of details looks like in the side panel: its words, and the
// fields of one item in order (label, kind of control, choices). One generic
// list editor (DetailListEditor) reads these.

import type { DetailList } from "../../../doc/detailLists";
import {
  CONFIDENCE_LEVELS,
  EVIDENCE_STRENGTH_LABELS,
  EVIDENCE_STRENGTHS,
  EVIDENCE_TYPE_LABELS,
  EVIDENCE_TYPES,
  type Indicator,
} from "../../../domain/details";

export type FieldSpec =
  | {
      key: string;
      label: string;
      kind: "line" | "paragraph";
      placeholder?: string;
      /** Half the width on wide panels (short values side by side). */
      half?: boolean;
    }
  | {
      key: string;
      label: string;
      kind: "choice";
      options: ReadonlyArray<{ value: string; label: string }>;
      half?: boolean;
    }
  /** An evidence link: https: and mailto: only, refused links explained. */
  | { key: "url"; label: string; kind: "link"; half?: boolean };

export interface ListSpec {
  list: DetailList;
  /** "Assumption": item legends read "Assumption 1", remove buttons "Remove assumption 1". */
  noun: string;
  addLabel: string;
  empty: string;
  fields: readonly FieldSpec[];
  /** Items shown as collapsible cards with this summary (indicators). */
  summary?: (item: Readonly<Record<string, string>>) => { heading: string; detail: string };
}

const CONFIDENCE_WORDS = { low: "Low", medium: "Medium", high: "High" } as const;

export const ASSUMPTIONS: ListSpec = {
  list: "assumptions",
  noun: "Assumption",
  addLabel: "Add an assumption",
  empty: "No assumptions yet. What must hold true for this to work?",
  fields: [
    {
      key: "text",
      label: "What we assume",
      kind: "paragraph",
      placeholder: "e.g. GPs have time to refer during appointments",
    },
    {
      key: "confidence",
      label: "Confidence",
      kind: "choice",
      options: CONFIDENCE_LEVELS.map((c) => ({ value: c, label: CONFIDENCE_WORDS[c] })),
      half: true,
    },
  ],
};

const INDICATOR_FIELDS: ReadonlyArray<{ key: keyof Omit<Indicator, "id">; label: string }> = [
  { key: "measure", label: "Measure" },
  { key: "population", label: "Population" },
  { key: "baseline", label: "Baseline" },
  { key: "target", label: "Target" },
  { key: "threshold", label: "Threshold" },
  { key: "byWhen", label: "By when" },
  { key: "dataSource", label: "Data source" },
];

const INDICATOR_HINTS: Partial<Record<string, string>> = {
  measure: "e.g. Adults reporting better wellbeing (WEMWBS)",
  population: "e.g. Adults referred by Camden GPs",
  byWhen: "e.g. March 2027",
  dataSource: "e.g. Link worker case records",
};

export const INDICATORS: ListSpec = {
  list: "indicators",
  noun: "Indicator",
  addLabel: "Add an indicator",
  empty: "No indicators yet. How will you know this has happened?",
  fields: INDICATOR_FIELDS.map(({ key, label }) => ({
    key,
    label,
    kind: "line" as const,
    placeholder: INDICATOR_HINTS[key],
    half: ["baseline", "target", "threshold", "byWhen"].includes(key),
  })),
  summary: (item) => ({
    heading: item.measure || "No measure yet",
    detail: [item.target && `Target ${item.target}`, item.byWhen && `by ${item.byWhen}`]
      .filter(Boolean)
      .join(" "),
  }),
};

export const EVIDENCE: ListSpec = {
  list: "evidence",
  noun: "Evidence",
  addLabel: "Add evidence",
  empty: "No evidence yet. What makes you believe this?",
  fields: [
    {
      key: "title",
      label: "Source",
      kind: "line",
      placeholder: "e.g. NHS England social prescribing evaluation",
    },
    { key: "url", label: "Link", kind: "link" },
    {
      key: "type",
      label: "Type",
      kind: "choice",
      options: EVIDENCE_TYPES.map((t) => ({ value: t, label: EVIDENCE_TYPE_LABELS[t] })),
    },
    {
      key: "strength",
      label: "Strength",
      kind: "choice",
      options: EVIDENCE_STRENGTHS.map((s) => ({ value: s, label: EVIDENCE_STRENGTH_LABELS[s] })),
      half: true,
    },
  ],
};
