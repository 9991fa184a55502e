// Shared builders for the *.toc.json tests.
import { insertFragment, type NewElement, type NewLink } from "../../../src/doc/commands";
import { readModel } from "../../../src/doc/read";
import { createDoc } from "../../../src/doc/schema";
import { initializeDocument } from "../../../src/doc/seed";
import type { TocModel } from "../../../src/domain/model";
import type { FramingId } from "../../../src/domain/stages";
import type { TocFileSource } from "../../../src/io/tocJson/parse";

export const NOW = new Date("2025-03-14T09:26:53.589Z");
export const APP_VERSION = "0.1.0";

export function modelOf(options: {
  title?: string;
  framing?: FramingId;
  createdAt?: number;
  elements: NewElement[];
  links?: NewLink[];
}): TocModel {
  const doc = createDoc();
  initializeDocument(doc, {
    title: options.title ?? "Diabetes prevention in primary care",
    framing: options.framing ?? "toc",
    createdAt: options.createdAt ?? 1_700_000_000_000,
  });
  insertFragment(doc, { elements: options.elements, links: options.links ?? [] });
  const model = readModel(doc);
  doc.destroy();
  return model;
}

export const SAMPLE_ELEMENTS: NewElement[] = [
  {
    id: "impact1",
    kind: "impact",
    stage: "impact",
    title: "Fewer people develop type 2 diabetes",
    position: { x: 1720, y: 0 },
  },
  {
    id: "out-long",
    kind: "outcome",
    stage: "long",
    title: "Sustained weight loss",
    description: "At 12 months.\nMeasured in clinic.",
    position: { x: 1440, y: 40.5 },
  },
  {
    id: "out-short",
    kind: "outcome",
    stage: "short",
    title: "Patients join the programme",
    position: { x: 880, y: -120 },
  },
  {
    id: "output_1",
    kind: "output",
    stage: "outputs",
    title: "Referrals made",
    position: { x: 600, y: 0 },
  },
  {
    id: "act1",
    kind: "activity",
    stage: "activities",
    title: "GPs refer at-risk patients",
    position: { x: 320, y: 0 },
  },
  {
    id: "in1",
    kind: "input",
    stage: "inputs",
    title: "Practice nurse time",
    position: { x: 40, y: 0 },
  },
  {
    id: "ass1",
    kind: "assumption",
    stage: null,
    title: "Patients can attend in working hours",
    position: { x: 2000, y: 300 },
  },
  {
    id: "Note9",
    kind: "note",
    stage: null,
    title: "Ask the PPG 🧑‍⚕️",
    position: { x: 2000, y: 500 },
  },
];

export const SAMPLE_LINKS: NewLink[] = [
  { id: "l1", source: "in1", target: "act1", rationale: "Nurses run the searches" },
  { id: "l2", source: "act1", target: "output_1" },
  { id: "l3", source: "output_1", target: "out-short", rationale: "" },
  { id: "l4", source: "out-short", target: "out-long", rationale: "If they attend ≥ 9 sessions" },
  { id: "l5", source: "out-long", target: "impact1" },
  { id: "l6", source: "ass1", target: "out-short" },
];

export function sampleModel(): TocModel {
  return modelOf({ elements: SAMPLE_ELEMENTS, links: SAMPLE_LINKS });
}

/** A minimal valid envelope around a document; `extra` overrides top-level fields. */
export function envelope(document: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: "toc-studio/theory-of-change",
    version: 1,
    source: "ToC Studio 0.1.0",
    exportedAt: NOW.toISOString(),
    schemaVersion: 1,
    document,
    ...extra,
  });
}

/** A document with the given elements and links (and the usual meta). */
export function docWith(elements: unknown[], links: unknown[] = []): Record<string, unknown> {
  return { title: "Test", framing: "toc", createdAt: 1_700_000_000_000, elements, links };
}

/** A File-like source over bytes, as a browser File behaves. */
export function fileOf(content: string | Uint8Array, name = "plan.toc.json"): TocFileSource {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  return {
    name,
    size: blob.size,
    text: () => blob.text(),
    arrayBuffer: () => blob.arrayBuffer(),
  };
}

/** A source with only text(), like a minimal caller or a paste. */
export function textOnlyFileOf(text: string, name = "plan.toc.json"): TocFileSource {
  return { name, size: new TextEncoder().encode(text).length, text: async () => text };
}

export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What a restored element has when the file says nothing of its details. */
export const ELEMENT_DETAIL_DEFAULTS = {
  status: "proposed",
  owner: "",
  tags: [],
  group: null,
  stakeholders: {},
  assumptions: [],
  indicators: [],
  evidence: [],
} as const;

/** What a restored link has when the file says nothing of its details. */
export const LINK_DETAIL_DEFAULTS = { assumptions: [], evidence: [] } as const;

/** The registers of a file that has none (version 1 files). */
export const NO_REGISTERS = { ceiling: null, stakeholders: null, groups: [], dismissals: [] };
