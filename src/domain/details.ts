// The theory-of-change details that hang off elements and links: assumptions,
// indicators, evidence, status, owner, tags, who proposed what. Plain data;
// the document layer reads and writes them, everything above displays them.

import { MAX_EVIDENCE_URL_LENGTH } from "./records/limits";

export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const ELEMENT_STATUSES = ["proposed", "agreed", "contested"] as const;
export type ElementStatus = (typeof ELEMENT_STATUSES)[number];

export const EVIDENCE_TYPES = ["lived-experience", "practice", "evaluation", "research"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_STRENGTHS = ["weak", "moderate", "strong"] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

export const STAKEHOLDER_ROLES = ["proposed", "endorsed", "challenged"] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

/** Something believed to hold for an element or a link to work. */
export interface Assumption {
  readonly id: string;
  readonly text: string;
  readonly confidence: Confidence;
}

/** How an outcome is measured (PRODUCT.md: indicators). All fields are free text. */
export interface Indicator {
  readonly id: string;
  /** What is measured, e.g. "Patients reporting improved wellbeing (WEMWBS)". */
  readonly measure: string;
  readonly population: string;
  readonly baseline: string;
  readonly target: string;
  /** The level at which the outcome counts as achieved. */
  readonly threshold: string;
  /** e.g. "March 2027". */
  readonly byWhen: string;
  readonly dataSource: string;
}

export interface Evidence {
  readonly id: string;
  readonly title: string;
  /** https: or mailto: only; "" when none. */
  readonly url: string;
  readonly type: EvidenceType;
  readonly strength: EvidenceStrength;
}

/** A stakeholder group in the document's register. */
export interface StakeholderGroup {
  readonly id: string;
  readonly name: string;
  /** Sort key for the register's order. */
  readonly order: number;
}

/** A named frame of elements (a workstream). */
export interface ElementGroup {
  readonly id: string;
  readonly title: string;
}

/** A quality-check finding someone dismissed; everyone sees the reason. */
export interface Dismissal {
  /** The finding's stable key (see domain/quality). */
  readonly key: string;
  readonly reason: string;
  /** Display name of who dismissed it ("" when unknown). */
  readonly by: string;
  /** Milliseconds since 1970. */
  readonly at: number;
}

/**
 * The register a new document starts with, with fixed ids so two people
 * adding it to the same document (new, or migrated while offline) write the
 * same keys. Templates name these groups as "proposed by".
 */
export const STARTING_STAKEHOLDERS = [
  { id: "sh-residents", name: "Residents with lived experience" },
  { id: "sh-vcfse", name: "VCFSE organisations" },
  { id: "sh-icb", name: "Integrated care board (ICB)" },
  { id: "sh-local-authority", name: "Local authority" },
  { id: "sh-primary-care", name: "Primary care" },
  { id: "sh-public-health", name: "Public health" },
] as const;
export type StartingStakeholderId = (typeof STARTING_STAKEHOLDERS)[number]["id"];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  low: "Low confidence",
  medium: "Medium confidence",
  high: "High confidence",
};

export const STATUS_LABELS: Record<ElementStatus, string> = {
  proposed: "Proposed",
  agreed: "Agreed",
  contested: "Contested",
};

export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  "lived-experience": "Lived experience",
  practice: "Practice",
  evaluation: "Evaluation",
  research: "Research",
};

export const EVIDENCE_STRENGTH_LABELS: Record<EvidenceStrength, string> = {
  weak: "Weak",
  moderate: "Moderate",
  strong: "Strong",
};

export const ROLE_LABELS: Record<StakeholderRole, string> = {
  proposed: "Proposed",
  endorsed: "Endorsed",
  challenged: "Challenged",
};

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}

export const isConfidence = (v: unknown): v is Confidence => isOneOf(CONFIDENCE_LEVELS, v);
export const isElementStatus = (v: unknown): v is ElementStatus => isOneOf(ELEMENT_STATUSES, v);
export const isEvidenceType = (v: unknown): v is EvidenceType => isOneOf(EVIDENCE_TYPES, v);
export const isEvidenceStrength = (v: unknown): v is EvidenceStrength =>
  isOneOf(EVIDENCE_STRENGTHS, v);
export const isStakeholderRole = (v: unknown): v is StakeholderRole =>
  isOneOf(STAKEHOLDER_ROLES, v);

/**
 * An evidence link a person may follow: https: or mailto: only (no
 * javascript:, data:, http: or relative URLs). Returns the normalised URL or "".
 */
export function safeEvidenceUrl(value: unknown): string {
  if (typeof value !== "string") return "";
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_EVIDENCE_URL_LENGTH) return "";
  try {
    const url = new URL(trimmed);
    if (url.protocol === "https:" && url.hostname) return url.href;
    if (url.protocol === "mailto:" && url.pathname) return url.href;
  } catch {
    return "";
  }
  return "";
}

export {
  MAX_DETAIL_TEXT,
  MAX_DETAILS_PER_LIST,
  MAX_TAG_LENGTH,
  MAX_TAGS,
} from "./records/limits";
