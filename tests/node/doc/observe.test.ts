// Invariant: the mirror observeModel hands the store always equals readModel,
// and keeps object identity for everything a transaction did not change (so
// memoised canvas nodes do not re-render); links to a missing element are
// hidden; nothing a hostile peer writes can crash it or put an invalid model
// (dangling links, self-loops, duplicate ids, NaN positions) in front of the
// user.
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  connect,
  deleteItems,
  insertFragment,
  moveElements,
  updateElement,
  updateLink,
} from "../../../src/doc/commands";
import { observeModel } from "../../../src/doc/observe";
import { REMOTE } from "../../../src/doc/origins";
import { getMaps } from "../../../src/doc/schema";
import { createUndoHistory } from "../../../src/doc/undo";
import { invariantProblems } from "../../../src/domain/invariants";
import { DEFAULT_DOCUMENT_TITLE, type TocModel } from "../../../src/domain/model";
import { canonical, model, newElement, newLink, seededDoc } from "./helpers";

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function mirrored(doc: Y.Doc) {
  const snapshots: TocModel[] = [];
  stops.push(observeModel(doc, (m) => snapshots.push(m)));
  return {
    snapshots,
    get last() {
      return snapshots[snapshots.length - 1];
    },
  };
}

function fixture() {
  const doc = seededDoc();
  insertFragment(doc, {
    elements: ["a", "b", "c", "d"].map((id) => newElement(id)),
    links: [newLink("ab", "a", "b"), newLink("bc", "b", "c"), newLink("cd", "c", "d")],
  });
  return doc;
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item]));

describe("observeModel identity", () => {
  it("emits the current model at once", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    expect(mirror.snapshots).toHaveLength(1);
    expect(canonical(mirror.last)).toEqual(model(doc));
  });

  it("after one element changes, every other element and every link is the same object", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    const before = mirror.last;
    updateElement(doc, "b", { title: "Changed" });
    const after = mirror.last;
    expect(after).not.toBe(before);
    const old = byId(before.elements);
    for (const el of after.elements) {
      if (el.id === "b") {
        expect(el).not.toBe(old.get("b"));
        expect(el.title).toBe("Changed");
      } else expect(el).toBe(old.get(el.id));
    }
    const oldLinks = byId(before.links);
    for (const link of after.links) expect(link).toBe(oldLinks.get(link.id));
    expect(after.meta).toBe(before.meta);
    expect(canonical(after)).toEqual(model(doc));
  });

  it("keeps identity for changes that arrive from a peer", () => {
    const doc = fixture();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const mirror = mirrored(doc);
    const before = byId(mirror.last.elements);
    moveElements(peer, [{ id: "d", position: { x: 1, y: 1 } }]);
    updateLink(peer, "ab", { rationale: "because" });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), REMOTE);
    const after = mirror.last;
    for (const el of after.elements) {
      if (el.id === "d") expect(el.position).toEqual({ x: 1, y: 1 });
      else expect(el).toBe(before.get(el.id));
    }
    expect(after.links.find((l) => l.id === "ab")?.rationale).toBe("because");
    expect(canonical(after)).toEqual(model(doc));
  });

  it("a changed link is new, untouched links keep identity", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    const before = byId(mirror.last.links);
    updateLink(doc, "bc", { rationale: "r" });
    for (const link of mirror.last.links) {
      if (link.id === "bc") expect(link).not.toBe(before.get("bc"));
      else expect(link).toBe(before.get(link.id));
    }
  });

  it("a transaction that changes nothing emits nothing", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    updateElement(doc, "a", { title: "Title a" });
    moveElements(doc, [{ id: "a", position: { x: 10, y: 20 } }]);
    doc.transact(() => {});
    expect(mirror.snapshots).toHaveLength(1);
  });

  it("a title set back to the same text keeps the element's identity", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    const before = byId(mirror.last.elements).get("a");
    // A peer writes the same text again: Yjs reports a change, nothing readable changed.
    getMaps(doc).nodes.get("a")?.set("title", "Title a");
    expect(byId(mirror.last.elements).get("a")).toBe(before);
  });
});

describe("observeModel links and deletions", () => {
  it("links of a deleted element disappear, and return if the element comes back", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    const history = createUndoHistory(doc, { get: () => [], set: () => {} });
    // Delete the element alone, as a concurrent delete vs connect can leave it.
    doc.transact(() => getMaps(doc).nodes.delete("b"));
    expect(mirror.last.links.map((l) => l.id)).toEqual(["cd"]);
    expect(invariantProblems(mirror.last)).toEqual([]);
    expect(canonical(mirror.last)).toEqual(model(doc));
    deleteItems(doc, { elementIds: ["c"] });
    expect(mirror.last.links).toEqual([]);
    history.undo();
    expect(mirror.last.links.map((l) => l.id).sort()).toEqual(["cd"]);
    expect(canonical(mirror.last)).toEqual(model(doc));
  });

  it("mirrors every step of a sequence of commands exactly as readModel reads it", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    const steps = [
      () => connect(doc, newLink("da", "d", "a")),
      () => updateElement(doc, "a", { kind: "note" }),
      () => deleteItems(doc, { elementIds: ["a"], linkIds: ["cd"] }),
      () => insertFragment(doc, { elements: [newElement("e")], links: [newLink("eb", "e", "b")] }),
      () => moveElements(doc, [{ id: "e", position: { x: -5, y: 5 } }]),
    ];
    for (const step of steps) {
      step();
      expect(canonical(mirror.last)).toEqual(model(doc));
    }
  });
});

describe("observeModel against a hostile peer", () => {
  /** A peer that writes straight into the Y.Doc, bypassing every command. */
  function hostileUpdate(base: Y.Doc): Uint8Array {
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(base));
    const meta = peer.getMap("meta");
    const nodes = peer.getMap("nodes") as Y.Map<unknown>;
    const edges = peer.getMap("edges") as Y.Map<unknown>;
    const mapOf = (fields: Record<string, unknown>) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) m.set(k, v);
      return m;
    };
    peer.transact(() => {
      meta.set("title", 42);
      meta.set("framing", "gantt");
      meta.set("schemaVersion", "one");
      meta.set("createdAt", Number.NaN);
      nodes.set("junkString", "not a map");
      nodes.set("junkNumber", 7);
      nodes.set("junkArray", new Y.Array());
      nodes.set("bad id!", mapOf({ kind: "outcome", title: "bad id", position: { x: 1, y: 1 } }));
      nodes.set(
        "weird",
        mapOf({
          kind: 5,
          stage: { nested: true },
          title: new Y.Text("rich"),
          description: ["x"],
          position: { x: Number.NaN, y: "12" },
          selected: true,
          measured: { width: 1 },
        }),
      );
      nodes.set(
        "far",
        mapOf({ kind: "impact", title: "\uD800\u0000", position: { x: 1e308, y: Infinity } }),
      );
      nodes.set("nopos", mapOf({ kind: "input", position: null }));
      nodes.set("ypos", mapOf({ kind: "input", position: new Y.Map() }));
      edges.set("junkEdge", "edge");
      edges.set("badEnds", mapOf({ source: 5, target: null }));
      edges.set("selfLoop", mapOf({ source: "a", target: "a" }));
      edges.set("dangling", mapOf({ source: "a", target: "nowhere" }));
      edges.set("a", mapOf({ source: "b", target: "c" })); // a link wearing an element's id
      edges.set("bad link id!", mapOf({ source: "a", target: "b" }));
      edges.set("ok", mapOf({ source: "weird", target: "far", rationale: 9 }));
    });
    // Later edits into the junk: nested types inside element maps.
    peer.transact(() => {
      ((nodes.get("weird") as Y.Map<unknown>).get("title") as Y.Text).insert(0, "more ");
      ((nodes.get("ypos") as Y.Map<unknown>).get("position") as Y.Map<unknown>).set("x", 3);
      (nodes.get("a") as Y.Map<unknown>).set("position", "north");
      (nodes.get("b") as Y.Map<unknown>).set("kind", "villain");
    });
    return Y.encodeStateAsUpdate(peer, Y.encodeStateVector(base));
  }

  it("does not crash and shows a model with no invariant problems", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    expect(() => Y.applyUpdate(doc, hostileUpdate(doc), REMOTE)).not.toThrow();
    const shown = mirror.last;
    expect(invariantProblems(shown)).toEqual([]);
    expect(canonical(shown)).toEqual(model(doc));
    expect(invariantProblems(model(doc))).toEqual([]);
    expect(shown.meta).toEqual({
      title: DEFAULT_DOCUMENT_TITLE,
      framing: "toc",
      createdAt: 0,
      schemaVersion: 0,
      ceiling: null,
    });
    const els = byId(shown.elements);
    expect([...els.keys()].sort()).toEqual(["a", "b", "c", "d", "far", "nopos", "weird", "ypos"]);
    expect(els.get("weird")).toMatchObject({
      kind: "note",
      stage: null,
      title: "",
      description: "",
    });
    expect(els.get("far")).toMatchObject({ title: "\uFFFD", position: { x: 0, y: 0 } });
    expect(els.get("a")?.position).toEqual({ x: 0, y: 0 });
    expect(els.get("b")?.kind).toBe("note");
    for (const el of shown.elements) {
      expect(Number.isFinite(el.position.x) && Number.isFinite(el.position.y)).toBe(true);
      expect(Object.keys(el).sort()).toEqual([
        "assumptions",
        "description",
        "evidence",
        "group",
        "id",
        "indicators",
        "kind",
        "owner",
        "position",
        "stage",
        "stakeholders",
        "status",
        "tags",
        "title",
      ]);
    }
    expect(shown.links.map((l) => l.id).sort()).toEqual(["ab", "bc", "cd", "ok"]);
    expect(shown.links.find((l) => l.id === "ok")?.rationale).toBe("");
  });

  it("commands still work on the hostile document", () => {
    const doc = fixture();
    const mirror = mirrored(doc);
    Y.applyUpdate(doc, hostileUpdate(doc), REMOTE);
    expect(connect(doc, newLink("nw", "nopos", "weird"))).toBe(true);
    deleteItems(doc, { elementIds: ["weird"] });
    moveElements(doc, [{ id: "a", position: { x: 4, y: 4 } }]);
    updateElement(doc, "b", { stage: "long" });
    expect(invariantProblems(mirror.last)).toEqual([]);
    expect(canonical(mirror.last)).toEqual(model(doc));
    expect(mirror.last.links.map((l) => l.id).sort()).toEqual(["ab", "bc", "cd"]);
  });
});

describe("observeModel with scheduleRemote (a peer's burst, one snapshot per frame)", () => {
  function scheduled(doc: Y.Doc) {
    const snapshots: TocModel[] = [];
    const pending: Array<() => void> = [];
    let cancelled = 0;
    stops.push(
      observeModel(doc, (m) => snapshots.push(m), {
        scheduleRemote: (flush) => {
          pending.push(flush);
          return () => cancelled++;
        },
      }),
    );
    return { snapshots, pending, cancelled: () => cancelled };
  }
  function peerOf(doc: Y.Doc) {
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    return peer;
  }

  it("hands many remote updates over once, equal to the document", () => {
    const doc = fixture();
    const peer = peerOf(doc);
    const mirror = scheduled(doc);
    const updates: Uint8Array[] = [];
    peer.on("update", (u: Uint8Array) => updates.push(u));
    for (const id of ["a", "b", "c"]) updateElement(peer, id, { title: `Peer ${id}` });
    moveElements(peer, [{ id: "d", position: { x: 99, y: 98 } }]);
    for (const u of updates) Y.applyUpdate(doc, u, REMOTE);
    expect(updates).toHaveLength(4);
    expect(mirror.snapshots).toHaveLength(1); // the initial one only
    expect(mirror.pending).toHaveLength(1); // one flush asked for
    mirror.pending[0]();
    expect(mirror.snapshots).toHaveLength(2);
    expect(canonical(mirror.snapshots[1])).toEqual(model(doc));
  });

  it("hands local edits over at once, with anything remote still pending", () => {
    const doc = fixture();
    const peer = peerOf(doc);
    const mirror = scheduled(doc);
    updateElement(peer, "a", { title: "From the peer" });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), REMOTE);
    expect(mirror.snapshots).toHaveLength(1);
    updateElement(doc, "b", { title: "Mine" });
    expect(mirror.snapshots).toHaveLength(2);
    expect(mirror.cancelled()).toBe(1);
    const last = mirror.snapshots[1];
    expect(canonical(last)).toEqual(model(doc));
    expect(last.elements.find((e) => e.id === "a")?.title).toBe("From the peer");
  });

  it("emits nothing after it is stopped", () => {
    const doc = fixture();
    const peer = peerOf(doc);
    const mirror = scheduled(doc);
    updateElement(peer, "a", { title: "Late" });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), REMOTE);
    for (const stop of stops.splice(0)) stop();
    expect(mirror.cancelled()).toBe(1);
  });
});
