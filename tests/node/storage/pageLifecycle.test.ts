// Page lifecycle: hiding or leaving the page writes what is pending, and the
// beforeunload warning is armed only while something is unsaved.
import { IDBObjectStore } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { attachPersistence, createDocument } from "../../../src/storage";
import {
  addNode,
  entry,
  freshDatabase,
  initialState,
  PERSISTENCE,
  reload,
  summarize,
} from "./helpers";

let fakeWindow: EventTarget;
let fakeDocument: EventTarget & { visibilityState: string };

beforeEach(() => {
  fakeWindow = new EventTarget();
  fakeDocument = Object.assign(new EventTarget(), { visibilityState: "visible" });
  vi.stubGlobal("window", fakeWindow);
  vi.stubGlobal("document", fakeDocument);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Node's Event has a read-only returnValue; a browser's BeforeUnloadEvent does not. */
class FakeBeforeUnloadEvent extends Event {
  override returnValue = false;
}

/** Dispatches beforeunload; true if the page asked the user to confirm. */
function unloadBlocked(): boolean {
  const event = new FakeBeforeUnloadEvent("beforeunload", { cancelable: true });
  fakeWindow.dispatchEvent(event);
  expect(Boolean(event.returnValue)).toBe(event.defaultPrevented);
  return event.defaultPrevented;
}

function breakDisk() {
  return vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(() => {
    throw new DOMException("full", "QuotaExceededError");
  });
}

async function setup() {
  const db = await freshDatabase();
  await createDocument(db, entry("a"), initialState("Alpha"));
  const doc = new Y.Doc();
  const persistence = attachPersistence(doc, db, "a", {
    persistenceOrigin: PERSISTENCE,
    summarize,
  });
  await persistence.whenLoaded;
  return { db, doc, persistence };
}

describe("page lifecycle", () => {
  it("warns before unload only while writes are pending or failed", async () => {
    const { doc, persistence } = await setup();
    expect(unloadBlocked()).toBe(false);
    addNode(doc, "n1");
    expect(unloadBlocked()).toBe(true);
    await persistence.flush();
    expect(unloadBlocked()).toBe(false);

    const disk = breakDisk();
    addNode(doc, "n2");
    await persistence.flush().catch(() => {});
    expect(persistence.getStatus().state).toBe("error");
    expect(unloadBlocked()).toBe(true);
    disk.mockRestore();
    await persistence.destroy();
    expect(unloadBlocked()).toBe(false);
  });

  it("pagehide retries a failed write", async () => {
    const { db, doc, persistence } = await setup();
    const disk = breakDisk();
    addNode(doc, "n1");
    await persistence.flush().catch(() => {});
    disk.mockRestore();
    fakeWindow.dispatchEvent(new Event("pagehide"));
    await vi.waitFor(() => expect(persistence.getStatus()).toEqual({ state: "saved" }));
    expect((await reload(db, "a")).getMap("nodes").has("n1")).toBe(true);
  });

  it("visibilitychange to hidden retries a failed write; visible does not", async () => {
    const { doc, persistence } = await setup();
    const disk = breakDisk();
    addNode(doc, "n1");
    await persistence.flush().catch(() => {});
    disk.mockRestore();
    fakeDocument.dispatchEvent(new Event("visibilitychange"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(persistence.getStatus().state).toBe("error");
    fakeDocument.visibilityState = "hidden";
    fakeDocument.dispatchEvent(new Event("visibilitychange"));
    await vi.waitFor(() => expect(persistence.getStatus()).toEqual({ state: "saved" }));
  });

  it("destroy removes the page listeners", async () => {
    const { persistence } = await setup();
    const removedFromWindow = vi.spyOn(fakeWindow, "removeEventListener");
    const removedFromDocument = vi.spyOn(fakeDocument, "removeEventListener");
    await persistence.destroy();
    expect(removedFromWindow.mock.calls.map((call) => call[0])).toContain("pagehide");
    expect(removedFromDocument.mock.calls.map((call) => call[0])).toContain("visibilitychange");
  });
});
