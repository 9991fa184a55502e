// The *.toc.json envelope, written field by field in a fixed key order so
// exports diff cleanly: elements and links sorted by id, pretty-printed.
// Published as public/schema/toc-studio-v1.schema.json (pinned by a test).
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
}

export interface TocFileLink {
  id: string;
  source: string;
  target: string;
  rationale: string;
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
    elements: TocFileElement[];
    links: TocFileLink[];
  };
}

/** Code-unit order: the same on every machine and locale. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
    }),
  );
  const links = model.links.map(
    (link): TocFileLink => ({
      id: link.id,
      source: link.source,
      target: link.target,
      rationale: link.rationale,
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
