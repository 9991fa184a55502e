// Plain, immutable snapshots of a theory of change. The document layer
// produces them; everything above reads them. No React, no Yjs here.

import type {
  Assumption,
  Dismissal,
  ElementGroup,
  ElementStatus,
  Evidence,
  Indicator,
  StakeholderGroup,
  StakeholderRole,
} from "./details";
import type { Point } from "./geometry";
import type { ElementKind } from "./kinds";
import type { FramingId, StageId } from "./stages";

export interface TocElement {
  readonly id: string;
  readonly kind: ElementKind;
  /** null for kinds that are not staged (assumption, note). */
  readonly stage: StageId | null;
  readonly title: string;
  /** Plain text of the shared description (a Y.Text in the document). */
  readonly description: string;
  readonly position: Point;
  readonly status: ElementStatus;
  /** Who is responsible for it (free text; "" when nobody is named). */
  readonly owner: string;
  readonly tags: readonly string[];
  readonly assumptions: readonly Assumption[];
  /** Meaningful on outcomes and impact; kept on any kind. */
  readonly indicators: readonly Indicator[];
  readonly evidence: readonly Evidence[];
  /** Stakeholder group id → what that group did with this element. */
  readonly stakeholders: Readonly<Record<string, StakeholderRole>>;
  /** The group (workstream) it is framed in, or null. */
  readonly group: string | null;
}

export interface TocLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** "Because…": why the source leads to the target. */
  readonly rationale: string;
  readonly assumptions: readonly Assumption[];
  readonly evidence: readonly Evidence[];
}

export interface TocMeta {
  readonly title: string;
  readonly framing: FramingId;
  readonly createdAt: number;
  readonly schemaVersion: number;
  /**
   * The accountability ceiling: the last stage the programme answers for.
   * Elements in later stages are shown as "contributes to". null = no line.
   */
  readonly ceiling: StageId | null;
}

export interface TocModel {
  readonly meta: TocMeta;
  readonly elements: readonly TocElement[];
  readonly links: readonly TocLink[];
  /** The stakeholder register, in its display order. */
  readonly stakeholders: readonly StakeholderGroup[];
  readonly groups: readonly ElementGroup[];
  readonly dismissals: readonly Dismissal[];
}

export const DEFAULT_DOCUMENT_TITLE = "Untitled theory of change";
export { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from "./records/limits";
