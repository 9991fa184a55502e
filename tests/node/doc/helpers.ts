// Shared builders and probes for the document-layer tests (not a test file).
import * as Y from "yjs";
import type { NewElement, NewLink } from "../../../src/doc/commands";
import { readModel } from "../../../src/doc/read";
import { createDoc } from "../../../src/doc/schema";
import { initializeDocument } from "../../../src/doc/seed";
import type { ElementKind } from "../../../src/domain/kinds";
import type { TocModel } from "../../../src/domain/model";

export function seededDoc(title = "Clean water for Kibera"): Y.Doc {
  const doc = createDoc();
  initializeDocument(doc, { title, framing: "toc", createdAt: 1_700_000_000_000 });
  return doc;
}

export function newElement(
  id: string,
  kind: ElementKind = "outcome",
  extra: Partial<NewElement> = {},
): NewElement {
  return { id, kind, title: `Title ${id}`, position: { x: 10, y: 20 }, ...extra };
}

export function newLink(id: string, source: string, target: string, rationale = ""): NewLink {
  return { id, source, target, rationale };
}

/** How many 'update' events (bytes a peer would receive) `fn` produces. */
export function updatesDuring(doc: Y.Doc, fn: () => void): number {
  let count = 0;
  const onUpdate = () => count++;
  doc.on("update", onUpdate);
  try {
    fn();
  } finally {
    doc.off("update", onUpdate);
  }
  return count;
}

/** The origins of the transactions `fn` runs that changed something. */
export function originsDuring(doc: Y.Doc, fn: () => void): unknown[] {
  const origins: unknown[] = [];
  const onTx = (tr: Y.Transaction) => {
    if (tr.changed.size > 0 || tr.deleteSet.clients.size > 0) origins.push(tr.origin);
  };
  doc.on("afterTransaction", onTx);
  try {
    fn();
  } finally {
    doc.off("afterTransaction", onTx);
  }
  return origins;
}

/** A model with elements and links in id order, for comparing replicas. */
export function canonical(model: TocModel): TocModel {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    meta: model.meta,
    elements: [...model.elements].sort(byId),
    links: [...model.links].sort(byId),
    stakeholders: model.stakeholders,
    groups: model.groups,
    dismissals: model.dismissals,
  };
}

export function model(doc: Y.Doc): TocModel {
  return canonical(readModel(doc));
}

export function element(doc: Y.Doc, id: string) {
  return readModel(doc).elements.find((e) => e.id === id);
}

/** Two replicas exchanging everything they have (both directions). */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}
