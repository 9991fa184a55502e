// Invariant: the classic concurrent conflicts end the same way on every
// replica and never show the user a ghost or a broken model — a deleted
// element stays deleted whatever a peer did to it meanwhile, a link to a
// concurrently deleted element is never visible, concurrent edits of
// different fields all survive, and undo only takes back one's own edit.
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addElement,
  connect,
  deleteItems,
  insertFragment,
  moveElements,
  updateElement,
  updateLink,
} from "../../../src/doc/commands";
import { observeModel } from "../../../src/doc/observe";
import { REMOTE } from "../../../src/doc/origins";
import { readModel } from "../../../src/doc/read";
import { getMaps } from "../../../src/doc/schema";
import { createUndoHistory } from "../../../src/doc/undo";
import { invariantProblems } from "../../../src/domain/invariants";
import type { TocModel } from "../../../src/domain/model";
import { canonical, element, model, newElement, newLink, seededDoc } from "../doc/helpers";
import { expectConverged, runSeed } from "./harness";

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** Two peers with the same starting document: X, Y, Z and a link Y→Z. */
function peers() {
  const a = seededDoc();
  insertFragment(a, {
    elements: [newElement("X"), newElement("Y"), newElement("Z", "impact")],
    links: [newLink("YZ", "Y", "Z")],
  });
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), REMOTE);
  const mirrors = new Map<Y.Doc, TocModel>();
  for (const doc of [a, b]) stops.push(observeModel(doc, (m) => mirrors.set(doc, m)));
  return { a, b, mirror: (doc: Y.Doc) => canonical(mirrors.get(doc) as TocModel) };
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), REMOTE);
}

function expectSame(a: Y.Doc, b: Y.Doc, mirror: (doc: Y.Doc) => TocModel) {
  expect(model(a)).toEqual(model(b));
  for (const doc of [a, b]) {
    expect(invariantProblems(model(doc))).toEqual([]);
    expect(mirror(doc)).toEqual(model(doc));
  }
}

describe("concurrent conflicts between two peers", () => {
  it("delete vs move: the element is gone on both, with no ghost left in the document", () => {
    const { a, b, mirror } = peers();
    deleteItems(a, { elementIds: ["X"] });
    moveElements(b, [{ id: "X", position: { x: 700, y: 700 } }]);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(element(doc, "X")).toBeUndefined();
      expect(getMaps(doc).nodes.has("X")).toBe(false);
    }
    expectSame(a, b, mirror);
  });

  it("delete vs title edit: the element stays deleted", () => {
    const { a, b, mirror } = peers();
    deleteItems(a, { elementIds: ["X"] });
    updateElement(b, "X", { title: "Edited meanwhile", kind: "impact", description: "d" });
    sync(a, b);
    for (const doc of [a, b]) expect(getMaps(doc).nodes.has("X")).toBe(false);
    expectSame(a, b, mirror);
  });

  it("delete vs connect: the new link to the deleted element is never visible", () => {
    const { a, b, mirror } = peers();
    deleteItems(a, { elementIds: ["X"] });
    expect(connect(b, newLink("YX", "Y", "X"))).toBe(true);
    expect(connect(b, newLink("XZ", "X", "Z"))).toBe(true);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(model(doc).links.map((l) => l.id)).toEqual(["YZ"]);
    }
    expectSame(a, b, mirror);
    // Deleting Y later still leaves nothing dangling in view.
    deleteItems(b, { elementIds: ["Y"] });
    sync(a, b);
    for (const doc of [a, b]) expect(model(doc).links).toEqual([]);
    expectSame(a, b, mirror);
  });

  it("delete vs connect, then the deleter undoes: element and the peer's link reappear on both", () => {
    const { a, b, mirror } = peers();
    const history = createUndoHistory(a, { get: () => [], set: () => {} });
    deleteItems(a, { elementIds: ["X"] });
    connect(b, newLink("YX", "Y", "X"));
    sync(a, b);
    history.undo();
    sync(a, b);
    for (const doc of [a, b]) {
      expect(element(doc, "X")).toBeDefined();
      expect(model(doc).links.map((l) => l.id)).toEqual(["YX", "YZ"]);
    }
    expectSame(a, b, mirror);
  });

  it("delete vs link edit: the link is gone with its element", () => {
    const { a, b, mirror } = peers();
    deleteItems(a, { elementIds: ["Z"] });
    updateLink(b, "YZ", { rationale: "written meanwhile" });
    sync(a, b);
    for (const doc of [a, b]) expect(model(doc).links).toEqual([]);
    expectSame(a, b, mirror);
  });

  it("concurrent links between the same pair: both peers show the same links", () => {
    const { a, b, mirror } = peers();
    expect(connect(a, newLink("fromA", "X", "Y", "A's reason"))).toBe(true);
    expect(connect(b, newLink("fromB", "X", "Y", "B's reason"))).toBe(true);
    sync(a, b);
    expectSame(a, b, mirror);
    // Both survive (neither peer's rationale is lost); neither peer can add a third.
    expect(model(a).links.filter((l) => l.source === "X" && l.target === "Y")).toHaveLength(2);
    expect(connect(a, newLink("third", "X", "Y"))).toBe(false);
    expect(connect(b, newLink("third", "X", "Y"))).toBe(false);
  });

  it("concurrent edits of different fields of one element all survive", () => {
    const { a, b, mirror } = peers();
    updateElement(a, "X", { title: "A's title" });
    moveElements(b, [{ id: "X", position: { x: 1, y: 2 } }]);
    updateElement(b, "X", { description: "B's description" });
    sync(a, b);
    expect(element(a, "X")).toMatchObject({
      title: "A's title",
      description: "B's description",
      position: { x: 1, y: 2 },
    });
    expectSame(a, b, mirror);
  });

  it("concurrent adds under the same id (two imports of one file) end as one element", () => {
    const { a, b, mirror } = peers();
    addElement(a, newElement("same", "outcome", { title: "From A" }));
    addElement(b, newElement("same", "impact", { title: "From B" }));
    sync(a, b);
    expect(readModel(a).elements.filter((e) => e.id === "same")).toHaveLength(1);
    expectSame(a, b, mirror);
  });

  it("an element and a link created concurrently under one id: the element wins in view", () => {
    const { a, b, mirror } = peers();
    addElement(a, newElement("dup"));
    connect(b, newLink("dup", "X", "Y"));
    sync(a, b);
    expect(element(a, "dup")).toBeDefined();
    expect(model(a).links.map((l) => l.id)).toEqual(["YZ"]);
    expectSame(a, b, mirror);
  });

  it("undo vs a peer's later edit: my position reverts, the peer's title stays", () => {
    const { a, b, mirror } = peers();
    const history = createUndoHistory(a, { get: () => [], set: () => {} });
    moveElements(a, [{ id: "X", position: { x: 333, y: 444 } }]);
    sync(a, b);
    updateElement(b, "X", { title: "Peer renamed it" });
    sync(a, b);
    history.undo();
    sync(a, b);
    for (const doc of [a, b]) {
      expect(element(doc, "X")).toMatchObject({
        title: "Peer renamed it",
        position: { x: 10, y: 20 },
      });
    }
    expectSame(a, b, mirror);
  });
});

describe("random-run sanity", () => {
  it("the convergence check notices replicas that have not exchanged everything", () => {
    // Runs without the final sync drop updates that are never healed: among the
    // first ten seeds, the check must catch one (it stops at the first).
    const caught = [];
    for (let seed = 1; seed <= 10 && caught.length === 0; seed++) {
      const net = runSeed(seed, { settle: false });
      try {
        expectConverged(net);
      } catch {
        caught.push(seed);
      } finally {
        net.close();
      }
    }
    expect(caught.length).toBeGreaterThan(0);
  }, 180_000);
});

describe("pinned regression seeds", () => {
  // Seeds 61 and 116 caught a link and an element created under the same id
  // ("shared3") on two replicas: both were shown, so the canvas had two items
  // with one id (invariantProblems: "duplicate link id"). Fixed by refusing a
  // link or element id the other map already uses (commands.ts) and hiding a
  // link whose id an element has (read.ts linkIsLive, observe.ts).
  for (const seed of [61, 116]) {
    it(`seed ${seed}: a link never shares an element's id in view`, () => {
      const net = runSeed(seed);
      try {
        expectConverged(net);
      } finally {
        net.close();
      }
    });
  }
});
