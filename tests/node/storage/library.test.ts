// The library: entries and their update rows change together, one
// transaction per operation.
import { IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import {
  appendUpdate,
  createDocument,
  deleteForever,
  emptyTrash,
  listDocuments,
  loadUpdates,
  readStoredDoc,
  restoreDocument,
  trashDocument,
  updateEntry,
} from "../../../src/storage";
import { content, entry, freshDatabase, initialState, reload } from "./helpers";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("library", () => {
  it("creates and lists documents, trashed ones included", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    await createDocument(db, entry("b"), initialState("Beta"));
    await trashDocument(db, "b");
    const list = await listDocuments(db);
    expect(list.map((e) => e.id)).toEqual(["a", "b"]);
    expect(list[0].trashedAt).toBeNull();
    expect(typeof list[1].trashedAt).toBe("number");
    expect(content(await reload(db, "a"))).toEqual({ meta: { title: "Alpha" }, nodes: {} });
  });

  it("refuses a second document with the same id and keeps the first", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a", { title: "First" }), initialState("First"));
    await expect(
      createDocument(db, entry("a", { title: "Second" }), initialState("Second")),
    ).rejects.toMatchObject({ name: "ConstraintError" });
    expect((await listDocuments(db)).map((e) => e.title)).toEqual(["First"]);
    expect(await loadUpdates(db, "a")).toHaveLength(1);
  });

  it("trashes, restores and patches entries", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    await trashDocument(db, "a");
    await restoreDocument(db, "a");
    await updateEntry(db, "a", { title: "Renamed", elementCount: 3 });
    const [a] = await listDocuments(db);
    expect(a).toMatchObject({ id: "a", title: "Renamed", elementCount: 3, trashedAt: null });
    await expect(updateEntry(db, "missing", { title: "x" })).rejects.toThrow(/No document/);
  });

  it("deletes one document forever, entry and rows, leaving others alone", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    await createDocument(db, entry("b"), initialState("Beta"));
    await appendUpdate(db, "a", initialState("Alpha 2"));
    await deleteForever(db, "a");
    expect((await listDocuments(db)).map((e) => e.id)).toEqual(["b"]);
    expect(await loadUpdates(db, "a")).toEqual([]);
    expect(await loadUpdates(db, "b")).toHaveLength(1);
  });

  it("empties the trash and says how many it deleted", async () => {
    const db = await freshDatabase();
    for (const id of ["a", "b", "c"]) await createDocument(db, entry(id), initialState(id));
    await trashDocument(db, "a");
    await trashDocument(db, "c");
    expect(await emptyTrash(db)).toBe(2);
    expect((await listDocuments(db)).map((e) => e.id)).toEqual(["b"]);
    expect(await loadUpdates(db, "a")).toEqual([]);
    expect(await loadUpdates(db, "c")).toEqual([]);
    expect(await emptyTrash(db)).toBe(0);
  });

  it("appends an update and patches the entry in one go", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const doc = await reload(db, "a");
    const before = Y.encodeStateVector(doc);
    doc.getMap("meta").set("title", "Renamed");
    await appendUpdate(db, "a", Y.encodeStateAsUpdate(doc, before), { title: "Renamed" });
    const [a] = await listDocuments(db);
    expect(a.title).toBe("Renamed");
    expect(a.updatedAt).toBeGreaterThan(1000);
    expect(await loadUpdates(db, "a")).toHaveLength(2);
    expect(content(await reload(db, "a"))).toEqual({ meta: { title: "Renamed" }, nodes: {} });
    // No entry: nothing is written.
    await expect(appendUpdate(db, "ghost", initialState("x"))).rejects.toThrow(/No document/);
    expect(await loadUpdates(db, "ghost")).toEqual([]);
  });

  it("reads a stored document as a fresh doc; unknown ids are empty", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const copy = await readStoredDoc(db, "a");
    expect(copy.getMap("meta").get("title")).toBe("Alpha");
    const empty = await readStoredDoc(db, "nope");
    expect(empty.getMap("meta").size).toBe(0);
  });

  it("creates atomically: if the update cannot be written, no entry remains", async () => {
    const db = await freshDatabase();
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["add"]>
    ) {
      if (this.name === "updates") throw new DOMException("full", "QuotaExceededError");
      return add.apply(this, args);
    });
    await expect(createDocument(db, entry("a"), initialState("Alpha"))).rejects.toMatchObject({
      name: "QuotaExceededError",
    });
    vi.restoreAllMocks();
    expect(await listDocuments(db)).toEqual([]);
    expect(await loadUpdates(db, "a")).toEqual([]);
  });

  it("creates atomically when the transaction aborts after the entry was written", async () => {
    const db = await freshDatabase();
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["add"]>
    ) {
      const request = add.apply(this, args);
      if (this.name === "updates") this.transaction.abort();
      return request;
    });
    await expect(createDocument(db, entry("a"), initialState("Alpha"))).rejects.toMatchObject({
      name: "AbortError",
    });
    vi.restoreAllMocks();
    expect(await listDocuments(db)).toEqual([]);
    expect(await loadUpdates(db, "a")).toEqual([]);
  });
});
