// Invariant: undo reverts exactly my own last gesture — one command is one
// step, whatever it touched — and never a peer's edit, a load, a migration or
// seeding; redo re-applies it; the selection I had is handed back; and undoing
// my edit leaves a peer's later edit to the same element in place.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addElement,
  connect,
  deleteItems,
  insertFragment,
  moveElements,
  setDocumentTitle,
  updateElement,
} from "../../../src/doc/commands";
import { runMigrations } from "../../../src/doc/migrations";
import { REMOTE } from "../../../src/doc/origins";
import { readModel } from "../../../src/doc/read";
import { createDoc } from "../../../src/doc/schema";
import { initializeDocument } from "../../../src/doc/seed";
import { createUndoHistory } from "../../../src/doc/undo";
import { element, model, newElement, newLink, seededDoc } from "./helpers";

function selectionStore(initial: string[] = []) {
  let current = initial;
  const restored: string[][] = [];
  return {
    restored,
    get: () => current,
    set: (ids: string[]) => {
      current = ids;
      restored.push(ids);
    },
    select(ids: string[]) {
      current = ids;
    },
  };
}

function setup(count = 3) {
  const doc = seededDoc();
  const elements = Array.from({ length: count }, (_, i) =>
    newElement(`e${i}`, "outcome", { position: { x: i, y: i } }),
  );
  insertFragment(doc, { elements, links: [newLink("l01", "e0", "e1")] }, REMOTE);
  const selection = selectionStore();
  const history = createUndoHistory(doc, selection);
  return { doc, selection, history };
}

function syncInto(to: Y.Doc, from: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE);
}

describe("undo history", () => {
  it("starts empty: loads, seeding and migrations are not undoable", () => {
    const doc = createDoc();
    const history = createUndoHistory(doc, selectionStore());
    initializeDocument(doc, { title: "T", framing: "toc", createdAt: 1 });
    runMigrations(doc);
    const other = seededDoc();
    addElement(other, newElement("p"));
    syncInto(doc, other);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other)); // no origin at all
    expect(history.canUndo()).toBe(false);
    history.undo();
    expect(element(doc, "p")).toBeDefined();
  });

  it("one command is one step, even when it moves 20 elements", () => {
    const { doc, history } = setup(20);
    const before = model(doc);
    moveElements(
      doc,
      before.elements.map((e) => ({ id: e.id, position: { x: e.position.x + 100, y: 7 } })),
    );
    expect(model(doc)).not.toEqual(before);
    history.undo();
    expect(model(doc)).toEqual(before);
    expect(history.canUndo()).toBe(false);
  });

  it("commands in quick succession are separate steps", () => {
    const { doc, history } = setup();
    updateElement(doc, "e0", { title: "one" });
    updateElement(doc, "e0", { title: "two" });
    history.undo();
    expect(element(doc, "e0")?.title).toBe("one");
    history.undo();
    expect(element(doc, "e0")?.title).toBe("Title e0");
  });

  it("reverts only my edits: a peer's edit in between stays", () => {
    const { doc, history } = setup();
    updateElement(doc, "e0", { title: "mine" });
    updateElement(doc, "e1", { title: "theirs" }, REMOTE);
    const peer = createDoc();
    syncInto(peer, doc);
    addElement(peer, newElement("fromPeer"));
    syncInto(doc, peer);
    history.undo();
    expect(element(doc, "e0")?.title).toBe("Title e0");
    expect(element(doc, "e1")?.title).toBe("theirs");
    expect(element(doc, "fromPeer")).toBeDefined();
    expect(history.canUndo()).toBe(false);
  });

  it("redo re-applies what undo reverted; a new edit clears redo", () => {
    const { doc, history } = setup();
    setDocumentTitle(doc, "Renamed");
    deleteItems(doc, { elementIds: ["e1"] });
    const after = model(doc);
    history.undo();
    history.undo();
    expect(readModel(doc).meta.title).not.toBe("Renamed");
    expect(element(doc, "e1")).toBeDefined();
    expect(model(doc).links.map((l) => l.id)).toEqual(["l01"]); // its link came back too
    expect(history.canRedo()).toBe(true);
    history.redo();
    history.redo();
    expect(model(doc)).toEqual(after);
    history.undo();
    updateElement(doc, "e2", { title: "new edit" });
    expect(history.canRedo()).toBe(false);
  });

  it("hands back the selection I had when I made the change", () => {
    const { doc, history, selection } = setup();
    selection.select(["e0", "e1"]);
    moveElements(doc, [
      { id: "e0", position: { x: 50, y: 50 } },
      { id: "e1", position: { x: 60, y: 60 } },
    ]);
    selection.select([]);
    history.undo();
    expect(selection.restored.at(-1)).toEqual(["e0", "e1"]);
    history.redo();
    expect(selection.restored).toHaveLength(2);
  });

  it("never hands back the id of an element that the undo removed", () => {
    const { doc, history, selection } = setup();
    addElement(doc, newElement("fresh"));
    selection.select(["fresh"]);
    connect(doc, newLink("lf", "fresh", "e2"));
    history.undo(); // the link goes; "fresh" still exists
    expect(selection.restored.at(-1)).toEqual(["fresh"]);
    history.undo(); // "fresh" goes
    expect(selection.restored.at(-1)).not.toContain("fresh");
  });

  it("notifies listeners and stops after destroy", () => {
    const { doc, history } = setup();
    let calls = 0;
    const off = history.onChange(() => calls++);
    updateElement(doc, "e0", { title: "x" });
    expect(calls).toBe(1);
    history.undo();
    const afterUndo = calls;
    expect(afterUndo).toBeGreaterThan(1);
    off();
    updateElement(doc, "e0", { title: "y" });
    expect(calls).toBe(afterUndo);
    let late = 0;
    history.onChange(() => late++);
    history.destroy();
    updateElement(doc, "e0", { title: "z" });
    expect(late).toBe(0);
  });
});

describe("undo against a peer's later edit", () => {
  function twoPeers() {
    const mine = seededDoc();
    insertFragment(mine, { elements: [newElement("x")], links: [] }, REMOTE);
    const theirs = createDoc();
    syncInto(theirs, mine);
    const history = createUndoHistory(mine, selectionStore());
    return { mine, theirs, history };
  }

  it("undoing my move keeps the peer's later title and reverts my position", () => {
    const { mine, theirs, history } = twoPeers();
    moveElements(mine, [{ id: "x", position: { x: 500, y: 500 } }]);
    syncInto(theirs, mine);
    updateElement(theirs, "x", { title: "Peer's title" });
    syncInto(mine, theirs);
    history.undo();
    syncInto(theirs, mine);
    for (const doc of [mine, theirs]) {
      expect(element(doc, "x")).toMatchObject({
        title: "Peer's title",
        position: { x: 10, y: 20 },
      });
    }
  });

  it("undoing my move does not undo a peer's later move of the same element", () => {
    const { mine, theirs, history } = twoPeers();
    moveElements(mine, [{ id: "x", position: { x: 500, y: 500 } }]);
    syncInto(theirs, mine);
    moveElements(theirs, [{ id: "x", position: { x: 900, y: 900 } }]);
    syncInto(mine, theirs);
    history.undo();
    syncInto(theirs, mine);
    expect(element(mine, "x")?.position).toEqual({ x: 900, y: 900 });
    expect(model(mine)).toEqual(model(theirs));
  });

  it("undoing my delete brings the element back for both, with the links it had", () => {
    const { mine, theirs, history } = twoPeers();
    addElement(mine, newElement("y"));
    connect(mine, newLink("xy", "x", "y"));
    deleteItems(mine, { elementIds: ["y"] });
    syncInto(theirs, mine);
    expect(element(theirs, "y")).toBeUndefined();
    history.undo();
    syncInto(theirs, mine);
    expect(element(theirs, "y")).toBeDefined();
    expect(model(theirs).links.map((l) => l.id)).toEqual(["xy"]);
    expect(model(mine)).toEqual(model(theirs));
  });
});
