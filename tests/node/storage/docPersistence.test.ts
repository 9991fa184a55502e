// An open document bound to IndexedDB: what is shown as saved is really
// stored, loads come back equal, compaction keeps content, nothing typed
// during a load is lost.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  appendUpdate,
  attachPersistence,
  createDocument,
  listDocuments,
  loadUpdates,
  type SaveStatus,
} from "../../../src/storage";
import {
  addNode,
  content,
  entry,
  freshDatabase,
  initialState,
  PERSISTENCE,
  reload,
  summarize,
} from "./helpers";

const options = { persistenceOrigin: PERSISTENCE, summarize };

async function openDoc(db: IDBDatabase, id: string) {
  const doc = new Y.Doc();
  const persistence = attachPersistence(doc, db, id, options);
  await persistence.whenLoaded;
  return { doc, persistence };
}

describe("attachPersistence", () => {
  it("loads the stored document, then saves edits that reload equal", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence } = await openDoc(db, "a");
    expect(doc.getMap("meta").get("title")).toBe("Alpha");
    expect(persistence.getStatus()).toEqual({ state: "saved" });

    addNode(doc, "n1");
    addNode(doc, "n2", "Second");
    doc.getMap("nodes").delete("n1");
    await persistence.flush();

    const again = await openDoc(db, "a");
    expect(content(again.doc)).toEqual(content(doc));
    expect(Y.encodeStateVector(again.doc)).toEqual(Y.encodeStateVector(doc));
    await persistence.destroy();
    await again.persistence.destroy();
  });

  it("goes saving → saved, counting only committed updates", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence } = await openDoc(db, "a");
    const seen: SaveStatus[] = [];
    persistence.subscribe((s) => seen.push(s));

    addNode(doc, "n1");
    // The write started synchronously but has not committed yet.
    expect(persistence.getStatus()).toEqual({ state: "saving" });
    expect(persistence.savedCount()).toBe(0);
    expect(persistence.pendingCount()).toBe(1);
    expect(persistence.hasPendingWrites()).toBe(true);
    addNode(doc, "n2");
    addNode(doc, "n3");
    expect(persistence.pendingCount()).toBe(3);

    await persistence.flush();
    expect(persistence.getStatus()).toEqual({ state: "saved" });
    expect(persistence.savedCount()).toBe(3);
    expect(persistence.pendingCount()).toBe(0);
    expect(seen.map((s) => s.state)).toEqual(["saving", "saved"]);
    // n1 went alone (nothing was in flight); n2 and n3 were batched in one row.
    expect(await loadUpdates(db, "a")).toHaveLength(3);
    expect((await reload(db, "a")).getMap("nodes").size).toBe(3);
    await persistence.destroy();
  });

  it("keeps the library entry current in the same write", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence } = await openDoc(db, "a");
    doc.getMap("meta").set("title", "Bravo");
    addNode(doc, "n1");
    await persistence.flush();
    const [a] = await listDocuments(db);
    expect(a).toMatchObject({ title: "Bravo", elementCount: 1, framing: "programme" });
    expect(a.updatedAt).toBeGreaterThan(1000);
    await persistence.destroy();
  });

  it("does not save again what it loaded", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { persistence } = await openDoc(db, "a");
    await persistence.flush();
    expect(persistence.savedCount()).toBe(0);
    expect(await loadUpdates(db, "a")).toHaveLength(1);
    expect((await listDocuments(db))[0].updatedAt).toBe(1000);
    await persistence.destroy();
  });

  it("compacts many rows into exactly one with the same content", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const source = await reload(db, "a");
    for (let i = 0; i < 5; i++) {
      const before = Y.encodeStateVector(source);
      addNode(source, `n${i}`);
      await appendUpdate(db, "a", Y.encodeStateAsUpdate(source, before));
    }
    expect(await loadUpdates(db, "a")).toHaveLength(6);

    const { doc, persistence } = await openDoc(db, "a");
    expect(content(doc)).toEqual(content(source));
    await persistence.flush();
    expect(await loadUpdates(db, "a")).toHaveLength(1);
    expect(content(await reload(db, "a"))).toEqual(content(source));
    expect(persistence.getStatus()).toEqual({ state: "saved" });
    await persistence.destroy();
  });

  it("compaction deletes only its own rows, also when another document's rows sit between", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    await createDocument(db, entry("b"), initialState("Beta"));
    const a = await reload(db, "a");
    const b = await reload(db, "b");
    // Rows a a a b a a b: runs of consecutive keys with b's rows between them.
    for (const [id, source] of [
      ["a", a],
      ["a", a],
      ["b", b],
      ["a", a],
      ["a", a],
      ["b", b],
    ] as const) {
      const before = Y.encodeStateVector(source);
      addNode(source, `n${Math.random()}`);
      await appendUpdate(db, id, Y.encodeStateAsUpdate(source, before));
    }
    const { doc, persistence } = await openDoc(db, "a");
    await persistence.flush();
    expect(await loadUpdates(db, "a")).toHaveLength(1);
    expect(content(doc)).toEqual(content(a));
    expect(await loadUpdates(db, "b")).toHaveLength(3);
    expect(content(await reload(db, "b"))).toEqual(content(b));
    await persistence.destroy();
  });

  it("keeps updates made while loading (and compacts them in)", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    await appendUpdate(db, "a", initialState("Alpha")); // a second row → compaction
    const doc = new Y.Doc();
    const persistence = attachPersistence(doc, db, "a", options);
    expect(persistence.getStatus()).toEqual({ state: "loading" });
    addNode(doc, "early");
    expect(persistence.pendingCount()).toBe(1);
    await persistence.whenLoaded;
    await persistence.flush();
    expect(persistence.savedCount()).toBe(1);
    expect(await loadUpdates(db, "a")).toHaveLength(1);
    const stored = await reload(db, "a");
    expect(stored.getMap("nodes").has("early")).toBe(true);
    expect(stored.getMap("meta").get("title")).toBe("Alpha");
    await persistence.destroy();
  });

  it("keeps updates made while loading without compaction too", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const doc = new Y.Doc();
    const persistence = attachPersistence(doc, db, "a", options);
    addNode(doc, "early");
    await persistence.flush(); // waits for the load, then the write
    expect(persistence.getStatus()).toEqual({ state: "saved" });
    expect((await reload(db, "a")).getMap("nodes").has("early")).toBe(true);
    await persistence.destroy();
  });

  it("destroy flushes, stops saving, and is idempotent", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence } = await openDoc(db, "a");
    addNode(doc, "n1");
    const first = persistence.destroy();
    const second = persistence.destroy();
    expect(second).toBe(first);
    await first;
    await persistence.destroy();
    expect(persistence.savedCount()).toBe(1);
    expect(persistence.getStatus()).toEqual({ state: "saved" });

    addNode(doc, "after");
    expect(persistence.pendingCount()).toBe(0);
    await persistence.flush();
    expect((await reload(db, "a")).getMap("nodes").has("after")).toBe(false);
    expect((await reload(db, "a")).getMap("nodes").has("n1")).toBe(true);
  });

  it("destroying the Y.Doc detaches and flushes", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence } = await openDoc(db, "a");
    addNode(doc, "n1");
    doc.destroy();
    await persistence.destroy();
    expect((await reload(db, "a")).getMap("nodes").has("n1")).toBe(true);
  });

  it("stores documents separately", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    await createDocument(db, entry("b"), initialState("Beta"));
    const a = await openDoc(db, "a");
    const b = await openDoc(db, "b");
    addNode(a.doc, "only-a");
    addNode(b.doc, "only-b");
    await Promise.all([a.persistence.flush(), b.persistence.flush()]);
    expect(Object.keys((await reload(db, "a")).getMap("nodes").toJSON())).toEqual(["only-a"]);
    expect(Object.keys((await reload(db, "b")).getMap("nodes").toJSON())).toEqual(["only-b"]);
  });
});
