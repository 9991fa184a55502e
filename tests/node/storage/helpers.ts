// Shared fixtures for the persistence tests: an isolated in-memory IndexedDB
// per test (fake-indexeddb), a library entry, and a tiny document shape.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import * as Y from "yjs";
import { type DocumentEntry, openDatabase, readStoredDoc } from "../../../src/storage";

// The app deletes runs of row keys as key ranges (compaction), as browsers provide.
(globalThis as { IDBKeyRange?: unknown }).IDBKeyRange ??= IDBKeyRange;

export const PERSISTENCE = Symbol("persistence");
export const LOCAL = Symbol("local");

export function freshDatabase(): Promise<IDBDatabase> {
  return openDatabase(new IDBFactory());
}

export function entry(id: string, overrides: Partial<DocumentEntry> = {}): DocumentEntry {
  return {
    id,
    title: `Doc ${id}`,
    framing: "programme",
    createdAt: 1000,
    updatedAt: 1000,
    elementCount: 0,
    trashedAt: null,
    ...overrides,
  };
}

/** The state of a brand-new document titled `title`. */
export function initialState(title: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("meta").set("title", title);
  return Y.encodeStateAsUpdate(doc);
}

export const summarize = (doc: Y.Doc) => ({
  title: String(doc.getMap("meta").get("title") ?? ""),
  elementCount: doc.getMap("nodes").size,
});

/** One local edit: adds a node. */
export function addNode(doc: Y.Doc, id: string, label = id): void {
  doc.transact(() => {
    const node = new Y.Map<unknown>();
    node.set("label", label);
    doc.getMap("nodes").set(id, node);
  }, LOCAL);
}

export function content(doc: Y.Doc): unknown {
  return { meta: doc.getMap("meta").toJSON(), nodes: doc.getMap("nodes").toJSON() };
}

/** A fresh Y.Doc holding whatever is stored for `id` (what a reload would see). */
export async function reload(db: IDBDatabase, id: string): Promise<Y.Doc> {
  return readStoredDoc(db, id);
}
