// Write failures: the user is told in plain English, the document stays
// usable in memory, nothing is dropped, and a later successful write saves
// everything and returns to "saved".
import { IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { attachPersistence, createDocument, listDocuments } from "../../../src/storage";
import {
  addNode,
  entry,
  freshDatabase,
  initialState,
  PERSISTENCE,
  reload,
  summarize,
} from "./helpers";

/** Makes every `updates` write throw QuotaExceededError until restored. */
function fillDisk() {
  const add = IDBObjectStore.prototype.add;
  return vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore["add"]>
  ) {
    if (this.name === "updates")
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return add.apply(this, args);
  });
}

async function open(db: IDBDatabase, onError = vi.fn()) {
  const doc = new Y.Doc();
  const persistence = attachPersistence(doc, db, "a", {
    persistenceOrigin: PERSISTENCE,
    summarize,
    onError,
  });
  await persistence.whenLoaded;
  return { doc, persistence, onError };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("write errors", () => {
  it("reports a full disk, keeps the edits, and saves them all once space returns", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence, onError } = await open(db);
    const disk = fillDisk();

    addNode(doc, "n1");
    await expect(persistence.flush()).rejects.toMatchObject({ name: "QuotaExceededError" });
    const status = persistence.getStatus();
    expect(status.state).toBe("error");
    expect(status.state === "error" && status.message).toMatch(
      /^Not saved on this device — export a copy/,
    );
    expect(status.state === "error" && status.message).toMatch(/full/);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(persistence.savedCount()).toBe(0);
    expect(persistence.hasPendingWrites()).toBe(true);

    // Still usable in memory; more edits pile up, still unsaved.
    addNode(doc, "n2");
    doc.getMap("meta").set("title", "Bravo");
    expect(doc.getMap("nodes").size).toBe(2);
    await expect(persistence.flush()).rejects.toMatchObject({ name: "QuotaExceededError" });
    expect(persistence.getStatus().state).toBe("error");
    expect(persistence.pendingCount()).toBe(3);
    expect(onError).toHaveBeenCalledTimes(1); // reported once, not per retry
    expect((await reload(db, "a")).getMap("nodes").size).toBe(0);

    disk.mockRestore();
    await persistence.flush();
    expect(persistence.getStatus()).toEqual({ state: "saved" });
    expect(persistence.savedCount()).toBe(3);
    expect(persistence.pendingCount()).toBe(0);
    const stored = await reload(db, "a");
    expect(Object.keys(stored.getMap("nodes").toJSON()).sort()).toEqual(["n1", "n2"]);
    expect(stored.getMap("meta").get("title")).toBe("Bravo");
    expect((await listDocuments(db))[0]).toMatchObject({ title: "Bravo", elementCount: 2 });
    await persistence.destroy();
  });

  it("retries on the next edit after a failure", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence } = await open(db);
    const disk = fillDisk();
    addNode(doc, "n1");
    await persistence.flush().catch(() => {});
    disk.mockRestore();
    addNode(doc, "n2"); // starts a write carrying n1 and n2 (no flush call)
    await vi.waitFor(() => expect(persistence.getStatus()).toEqual({ state: "saved" }));
    expect(persistence.savedCount()).toBe(2);
    expect((await reload(db, "a")).getMap("nodes").size).toBe(2);
  });

  it("reports a transaction aborted after its requests were issued", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence, onError } = await open(db);
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["add"]>
    ) {
      const request = add.apply(this, args);
      this.transaction.abort();
      return request;
    });
    addNode(doc, "n1");
    await expect(persistence.flush()).rejects.toBeDefined();
    expect(persistence.getStatus().state).toBe("error");
    expect(onError).toHaveBeenCalled();
    spy.mockRestore();
    await persistence.flush();
    expect(persistence.getStatus()).toEqual({ state: "saved" });
    expect((await reload(db, "a")).getMap("nodes").has("n1")).toBe(true);
  });

  it("reports a closed connection and asks for a reload", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const { doc, persistence, onError } = await open(db);
    db.close();
    expect(() => addNode(doc, "n1")).not.toThrow();
    await expect(persistence.flush()).rejects.toMatchObject({ name: "InvalidStateError" });
    const status = persistence.getStatus();
    expect(status.state === "error" && status.message).toMatch(/reload/);
    expect(onError).toHaveBeenCalled();
    expect(doc.getMap("nodes").has("n1")).toBe(true);
    expect(persistence.pendingCount()).toBe(1);
    await expect(persistence.destroy()).resolves.toBeUndefined(); // never rejects
  });

  it("a throwing summarize or status listener does not stop saving", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a"), initialState("Alpha"));
    const onError = vi.fn();
    const doc = new Y.Doc();
    const persistence = attachPersistence(doc, db, "a", {
      persistenceOrigin: PERSISTENCE,
      summarize: () => {
        throw new Error("bad summary");
      },
      onError,
    });
    await persistence.whenLoaded;
    persistence.subscribe(() => {
      throw new Error("bad listener");
    });
    expect(() => addNode(doc, "n1")).not.toThrow();
    await persistence.flush();
    expect(persistence.getStatus()).toEqual({ state: "saved" });
    expect((await reload(db, "a")).getMap("nodes").has("n1")).toBe(true);
    expect(onError).toHaveBeenCalled();
  });

  it("a failed load rejects whenLoaded, shows an error and never renames the entry", async () => {
    const db = await freshDatabase();
    await createDocument(db, entry("a", { title: "Alpha" }), initialState("Alpha"));
    // Corrupt the only row.
    const tx = db.transaction("updates", "readwrite");
    tx.objectStore("updates").put({ docId: "a", update: new Uint8Array([255, 255, 255]) }, 1);
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    const doc = new Y.Doc();
    const persistence = attachPersistence(doc, db, "a", {
      persistenceOrigin: PERSISTENCE,
      summarize,
    });
    await expect(persistence.whenLoaded).rejects.toBeDefined();
    const status = persistence.getStatus();
    expect(status.state === "error" && status.message).toMatch(/Could not read/);
    addNode(doc, "n1");
    await persistence.flush();
    expect(persistence.savedCount()).toBe(1);
    expect(persistence.getStatus().state).toBe("error"); // stays until reopened
    expect((await listDocuments(db))[0].title).toBe("Alpha");
  });
});
