// Library operations that create or change stored documents without opening
// them in the editor: new, duplicate, rename and import. Each stores the
// entry and its state in one IndexedDB transaction (all or nothing).
import { setDocumentTitle } from "../doc/commands";
import { LOCAL } from "../doc/origins";
import { createDoc } from "../doc/schema";
import { initializeDocument } from "../doc/seed";
import { docFromState, encodeDocState } from "../doc/state";
import { summarizeDoc } from "../doc/summary";
import { newId } from "../domain/ids";
import type { FramingId } from "../domain/stages";
import { appendUpdate, createDocument, type DocumentEntry, readStoredDoc } from "./index";

function entryFor(id: string, state: Uint8Array, now: number): DocumentEntry {
  const doc = docFromState(state);
  const summary = summarizeDoc(doc);
  doc.destroy();
  return { id, ...summary, createdAt: now, updatedAt: now, trashedAt: null };
}

export async function createNewDocument(
  db: IDBDatabase,
  framing: FramingId,
  title?: string,
): Promise<string> {
  const now = Date.now();
  const doc = createDoc();
  initializeDocument(doc, { framing, title, createdAt: now });
  const state = encodeDocState(doc);
  doc.destroy();
  const id = newId();
  await createDocument(db, entryFor(id, state, now), state);
  return id;
}

/** Stores a document built elsewhere (an import) as a new library entry. */
export async function storeNewDocument(db: IDBDatabase, state: Uint8Array): Promise<string> {
  const id = newId();
  await createDocument(db, entryFor(id, state, Date.now()), state);
  return id;
}

export async function duplicateDocument(
  db: IDBDatabase,
  sourceId: string,
  copyTitle: (t: string) => string,
): Promise<string> {
  const doc = await readStoredDoc(db, sourceId);
  setDocumentTitle(doc, copyTitle(summarizeDoc(doc).title), LOCAL);
  const state = encodeDocState(doc);
  doc.destroy();
  return storeNewDocument(db, state);
}

export async function renameStoredDocument(
  db: IDBDatabase,
  id: string,
  title: string,
): Promise<void> {
  const doc = await readStoredDoc(db, id);
  let update: Uint8Array | null = null;
  doc.on("update", (u: Uint8Array) => {
    update = u;
  });
  setDocumentTitle(doc, title, LOCAL);
  // The library shows the title as the document now holds it (cleaned by its spec).
  const stored = summarizeDoc(doc).title;
  doc.destroy();
  if (update) await appendUpdate(db, id, update, { title: stored, updatedAt: Date.now() });
}

/**
 * A local copy for a session joined by link: empty and NOT seeded — the
 * document arrives from the other participants (seeding here would race the
 * creator's meta).
 */
export async function createJoinedDocument(db: IDBDatabase, id: string): Promise<void> {
  const doc = createDoc();
  const state = encodeDocState(doc);
  doc.destroy();
  const now = Date.now();
  await createDocument(
    db,
    {
      id,
      title: "Shared theory of change",
      framing: "toc",
      elementCount: 0,
      createdAt: now,
      updatedAt: now,
      trashedAt: null,
    },
    state,
  );
}
