// Plain, immutable snapshots of a theory of change. The document layer
// produces them; everything above reads them. No React, no Yjs here.
import type { Point } from "./geometry";
import type { ElementKind } from "./kinds";
import type { FramingId, StageId } from "./stages";

export interface TocElement {
  readonly id: string;
  readonly kind: ElementKind;
  /** null for kinds that are not staged (assumption, note). */
  readonly stage: StageId | null;
  readonly title: string;
  readonly description: string;
  readonly position: Point;
}

export interface TocLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly rationale: string;
}

export interface TocMeta {
  readonly title: string;
  readonly framing: FramingId;
  readonly createdAt: number;
  readonly schemaVersion: number;
}

export interface TocModel {
  readonly meta: TocMeta;
  readonly elements: readonly TocElement[];
  readonly links: readonly TocLink[];
}

export const DEFAULT_DOCUMENT_TITLE = "Untitled theory of change";
export const MAX_TITLE_LENGTH = 300;
export const MAX_DESCRIPTION_LENGTH = 20_000;
