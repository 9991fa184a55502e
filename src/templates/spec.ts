// The authoring format of a starter template: plain, typed data written by the
// project from public knowledge. A spec names its elements by `ref` (local to
// the spec); turning a spec into a document (ids, positions, the stakeholder
// register) is the document layer's job, not this file's.

import type {
  Confidence,
  ElementStatus,
  Evidence,
  Indicator,
  StartingStakeholderId,
} from "../domain/details";
import type { ElementKind } from "../domain/kinds";
import type { FramingId, StageId } from "../domain/stages";

/** The starting register's groups (STARTING_STAKEHOLDERS) by id, for `proposedBy`. */
export const WHO = {
  residents: "sh-residents",
  vcfse: "sh-vcfse",
  icb: "sh-icb",
  localAuthority: "sh-local-authority",
  primaryCare: "sh-primary-care",
  publicHealth: "sh-public-health",
} as const satisfies Record<string, StartingStakeholderId>;

/** An assumption as written in a template (the document gives it an id). */
export interface TemplateAssumption {
  text: string;
  confidence: Confidence;
}

export interface TemplateElement {
  /** Unique within the spec; links and nothing else refer to it. */
  ref: string;
  kind: ElementKind;
  /** Required for staged kinds (one of KINDS[kind].stages); absent for assumption and note. */
  stage?: StageId;
  title: string;
  description?: string;
  /** A groups[].ref. */
  group?: string;
  assumptions?: TemplateAssumption[];
  indicators?: Omit<Indicator, "id">[];
  /** url is "" unless it is a stable https URL of a public body; the title names the source. */
  evidence?: Omit<Evidence, "id">[];
  /** Groups of the starting register (STARTING_STAKEHOLDERS in domain/details.ts). */
  proposedBy?: StartingStakeholderId[];
  /** Absent means "proposed", as for anything new. */
  status?: ElementStatus;
}

export interface TemplateLink {
  /** An element ref: the cause. */
  from: string;
  /** An element ref: the effect. */
  to: string;
  /** "Because …": why the cause leads to the effect. */
  rationale?: string;
  assumptions?: TemplateAssumption[];
}

export interface TemplateSpec {
  /** Stable, kebab-case, e.g. "social-prescribing". */
  id: string;
  /** Shown in the "new from template" list. */
  name: string;
  /** One sentence for that list. */
  summary: string;
  framing: FramingId;
  /** The new document's title. */
  title: string;
  /**
   * Shown when the document is opened: that it is a starting point to adapt,
   * the sources it draws on (named, not linked) and what to change first.
   */
  note: string;
  /** E.g. person / community / system level pathways. */
  groups: { ref: string; title: string }[];
  elements: TemplateElement[];
  links: TemplateLink[];
}

/** The three outcome pathways every starter template is grouped into. */
export const PATHWAY_GROUPS: TemplateSpec["groups"] = [
  { ref: "person", title: "Person level" },
  { ref: "community", title: "Community level" },
  { ref: "system", title: "System level" },
];
