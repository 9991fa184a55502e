// The *.toc.json envelope, written field by field in a fixed key order so
// exports diff cleanly: elements and links sorted by id, pretty-printed.
// Published as public/schema/toc-studio-v1.schema.json (pinned by a test).
import type {
  Assumption,
  Dismissal,
  ElementStatus,
  Evidence,
  Indicator,
  StakeholderRole,
} from "../../domain/details";
import type { ElementKind } from "../../domain/kinds";
import type { TocModel } from "../../domain/model";
import type { FramingId, StageId } from "../../domain/stages";

export const TOC_FILE_TYPE = "toc-studio/theory-of-change";
export const TOC_FILE_VERSION = 1;
export const TOC_FILE_MIME = "application/json";
export const TOC_SCHEMA_PATH = "schema/toc-studio-v1.schema.json";

export interface TocFileElement {
  id: string;
  kind: ElementKind;
  stage: StageId | null;
  title: string;
  description: string;
  position: { x: number; y: number };
  status: ElementStatus;
  owner: string;
  tags: string[];
  group: string | null;
  stakeholders: Record<string, StakeholderRole>;
  assumptions: Assumption[];
  indicators: Indicator[];
  evidence: Evidence[];
}

export interface TocFileLink {
  id: string;
  source: string;
  target: string;
  rationale: string;
  assumptions: Assumption[];
  evidence: Evidence[];
}

export interface TocFileEnvelope {
  type: typeof TOC_FILE_TYPE;
  version: typeof TOC_FILE_VERSION;
  source: string;
  exportedAt: string;
  schemaVersion: number;
  document: {
    title: string;
    framing: FramingId;
    createdAt: number;
    ceiling: StageId | null;
    stakeholders: { id: string; name: string }[];
    groups: { id: string; title: string }[];
    dismissals: Dismissal[];
    elements: TocFileElement[];
    links: TocFileLink[];
  };
}

/** Code-unit order: the same on every machine and locale. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Detail items are flat records, written in their own key order. */
const copy = <T extends object>(item: T): T => ({ ...item });

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** -0 is written as 0 (JSON.stringify does too; this keeps the object honest). */
function num(value: number): number {
  return value === 0 ? 0 : value;
}

export function toEnvelope(model: TocModel, now: Date, appVersion: string): TocFileEnvelope {
  const elements = model.elements.map(
    (el): TocFileElement => ({
      id: el.id,
      kind: el.kind,
      stage: el.stage,
      title: el.title,
      description: el.description,
      position: { x: num(el.position.x), y: num(el.position.y) },
      status: el.status,
      owner: el.owner,
      tags: [...el.tags],
      group: el.group,
      stakeholders: sortedRecord(el.stakeholders),
      assumptions: el.assumptions.map(copy),
      indicators: el.indicators.map(copy),
      evidence: el.evidence.map(copy),
    }),
  );
  const links = model.links.map(
    (link): TocFileLink => ({
      id: link.id,
      source: link.source,
      target: link.target,
      rationale: link.rationale,
      assumptions: link.assumptions.map(copy),
      evidence: link.evidence.map(copy),
    }),
  );
  elements.sort(byId);
  links.sort(byId);
  return {
    type: TOC_FILE_TYPE,
    version: TOC_FILE_VERSION,
    source: `ToC Studio ${appVersion}`,
    exportedAt: now.toISOString(),
    schemaVersion: model.meta.schemaVersion,
    document: {
      title: model.meta.title,
      framing: model.meta.framing,
      createdAt: num(model.meta.createdAt),
      ceiling: model.meta.ceiling,
      stakeholders: model.stakeholders.map(({ id, name }) => ({ id, name })),
      groups: model.groups.map(({ id, title }) => ({ id, title })),
      dismissals: model.dismissals.map(copy),
      elements,
      links,
    },
  };
}

/** The file's text: pretty JSON with a trailing newline. */
export function serializeToc(model: TocModel, now: Date, appVersion: string): string {
  return `${JSON.stringify(toEnvelope(model, now, appVersion), null, 2)}\n`;
}

export {
  downloadName,
  fileBaseName,
  slugifyTitle,
  TOC_FILE_EXTENSION,
} from "./fileName";
