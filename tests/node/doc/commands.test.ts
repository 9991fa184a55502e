// Invariant: every command changes exactly what it says, read back through
// readModel; invalid input is refused without writing anything; a command that
// changes nothing sends no update to peers; links never outlive their
// elements in the same transaction.
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import {
  addElement,
  connect,
  deleteItems,
  insertFragment,
  moveElements,
  setDocumentTitle,
  setFraming,
  updateElement,
  updateLink,
} from "../../../src/doc/commands";
import { readModel } from "../../../src/doc/read";
import { getMaps } from "../../../src/doc/schema";
import type { ElementKind } from "../../../src/domain/kinds";
import type { FramingId } from "../../../src/domain/stages";
import { element, model, newElement, newLink, seededDoc, updatesDuring } from "./helpers";

function docWithThree() {
  const doc = seededDoc();
  insertFragment(doc, {
    elements: [newElement("a"), newElement("b"), newElement("c", "impact")],
    links: [newLink("ab", "a", "b"), newLink("bc", "b", "c")],
  });
  return doc;
}

describe("addElement", () => {
  it("adds a cleaned element with a stage its kind allows", () => {
    const doc = seededDoc();
    const ok = addElement(doc, {
      id: "x1",
      kind: "outcome",
      stage: "impact",
      title: "Fewer\u0000 cases\nof cholera\uD800",
      description: "line 1\nline 2",
      position: { x: -0, y: 42.5 },
    });
    expect(ok).toBe(true);
    const el = element(doc, "x1");
    expect(el).toEqual({
      id: "x1",
      kind: "outcome",
      stage: "short",
      title: "Fewer cases of cholera\uFFFD",
      description: "line 1\nline 2",
      position: { x: 0, y: 42.5 },
      status: "proposed",
      owner: "",
      tags: [],
      assumptions: [],
      indicators: [],
      evidence: [],
      stakeholders: {},
      group: null,
    });
    expect(Object.is(el?.position.x, -0)).toBe(false);
  });

  it("creates its nested lists without reading a map that is not in the document yet", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      addElement(seededDoc(), newElement("w1"));
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

  it("unstaged kinds get no stage", () => {
    const doc = seededDoc();
    addElement(doc, newElement("n", "note", { stage: "impact" }));
    expect(element(doc, "n")?.stage).toBeNull();
  });

  const refused: Array<[string, Parameters<typeof addElement>[1]]> = [
    ["an id with a space", newElement("a b")],
    ["an empty id", newElement("")],
    ["a 65-character id", newElement("x".repeat(65))],
    ["an unknown kind", newElement("k", "goal" as ElementKind)],
    ["a NaN position", newElement("n", "outcome", { position: { x: Number.NaN, y: 0 } })],
    ["an infinite position", newElement("i", "outcome", { position: { x: 0, y: -Infinity } })],
    ["a position beyond the cap", newElement("h", "outcome", { position: { x: 1e308, y: 0 } })],
    [
      "a string coordinate",
      newElement("s", "outcome", {
        position: { x: "12", y: 0 } as unknown as { x: number; y: number },
      }),
    ],
    ["a missing position", newElement("m", "outcome", { position: null as never })],
    ["an id already used by an element", newElement("a")],
    ["an id already used by a link", newElement("ab")],
  ];
  for (const [what, input] of refused) {
    it(`refuses ${what} and writes nothing`, () => {
      const doc = docWithThree();
      const before = model(doc);
      let ok = true;
      expect(updatesDuring(doc, () => (ok = addElement(doc, input)))).toBe(0);
      expect(ok).toBe(false);
      expect(model(doc)).toEqual(before);
    });
  }
});

describe("updateElement", () => {
  it("changes title, description, kind, stage and position", () => {
    const doc = docWithThree();
    updateElement(doc, "a", { title: "Safe\twater", description: "why\n" });
    expect(element(doc, "a")).toMatchObject({ title: "Safe water", description: "why\n" });
    updateElement(doc, "a", { stage: "long" });
    expect(element(doc, "a")?.stage).toBe("long");
    updateElement(doc, "a", { stage: "impact" }); // not allowed for an outcome
    expect(element(doc, "a")?.stage).toBe("short");
    updateElement(doc, "a", { kind: "note" });
    expect(element(doc, "a")).toMatchObject({ kind: "note", stage: null });
    updateElement(doc, "a", { kind: "outcome", stage: "medium" });
    expect(element(doc, "a")).toMatchObject({ kind: "outcome", stage: "medium" });
    updateElement(doc, "a", { kind: "activity" });
    expect(element(doc, "a")).toMatchObject({ kind: "activity", stage: "activities" });
    updateElement(doc, "a", { position: { x: 5, y: -6 } });
    expect(element(doc, "a")?.position).toEqual({ x: 5, y: -6 });
  });

  it("writes nothing when nothing changes", () => {
    const doc = docWithThree();
    const before = model(doc);
    const same = element(doc, "a");
    const patches = [
      { title: same?.title },
      { title: `${same?.title}\u0000` }, // cleans to the same title
      { description: "" },
      { kind: "outcome" as const },
      { stage: "short" },
      { kind: "outcome" as const, stage: "short" },
      { position: { x: 10, y: 20 } },
      { position: { x: 10, y: 20 }, title: same?.title },
      {},
    ];
    for (const patch of patches) {
      expect(
        updatesDuring(doc, () => updateElement(doc, "a", patch)),
        JSON.stringify(patch),
      ).toBe(0);
    }
    expect(model(doc)).toEqual(before);
  });

  it("refuses bad input and unknown ids without writing", () => {
    const doc = docWithThree();
    const before = model(doc);
    const bad: Array<[string, Parameters<typeof updateElement>[2]]> = [
      ["missing", { title: "x" }],
      ["", { title: "x" }],
      ["ab", { title: "x" }], // a link id
      ["a", { position: { x: Number.NaN, y: 1 } }],
      ["a", { position: { x: 1, y: Infinity } }],
      ["a", { kind: "goal" as ElementKind }],
    ];
    for (const [id, patch] of bad) {
      expect(updatesDuring(doc, () => updateElement(doc, id, patch))).toBe(0);
    }
    expect(model(doc)).toEqual(before);
  });

  it("mutates the element's map in place (never re-sets the whole element)", () => {
    const doc = docWithThree();
    const { nodes } = getMaps(doc);
    const map = nodes.get("a");
    updateElement(doc, "a", { title: "New", kind: "note", description: "d" });
    moveElements(doc, [{ id: "a", position: { x: 99, y: 99 } }]);
    expect(nodes.get("a")).toBe(map);
    expect(map?.get("title")).toBe("New");
  });
});

describe("moveElements", () => {
  it("moves many elements in one update", () => {
    const doc = docWithThree();
    const moves = [
      { id: "a", position: { x: 1, y: 2 } },
      { id: "b", position: { x: 3, y: 4 } },
      { id: "c", position: { x: 5, y: 6 } },
    ];
    expect(updatesDuring(doc, () => moveElements(doc, moves))).toBe(1);
    const positions = Object.fromEntries(readModel(doc).elements.map((e) => [e.id, e.position]));
    expect(positions).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, c: { x: 5, y: 6 } });
  });

  it("a move to the same position (or -0 for 0) sends no update", () => {
    const doc = docWithThree();
    moveElements(doc, [{ id: "a", position: { x: 0, y: 7 } }]);
    const same = [
      { id: "a", position: { x: 0, y: 7 } },
      { id: "a", position: { x: -0, y: 7 } },
      { id: "b", position: { x: 10, y: 20 } },
    ];
    expect(updatesDuring(doc, () => moveElements(doc, same))).toBe(0);
    expect(updatesDuring(doc, () => moveElements(doc, []))).toBe(0);
  });

  it("skips bad moves and unknown ids but applies the good ones", () => {
    const doc = docWithThree();
    moveElements(doc, [
      { id: "a", position: { x: Number.NaN, y: 0 } },
      { id: "ghost", position: { x: 1, y: 1 } },
      { id: "b", position: { x: 2e6, y: 0 } },
      { id: "c", position: { x: 8, y: 9 } },
    ]);
    const m = model(doc);
    expect(m.elements.map((e) => e.position)).toEqual([
      { x: 10, y: 20 },
      { x: 10, y: 20 },
      { x: 8, y: 9 },
    ]);
    expect(getMaps(doc).nodes.has("ghost")).toBe(false);
  });
});

describe("deleteItems", () => {
  it("removes an element with every link touching it, in one update", () => {
    const doc = docWithThree();
    expect(updatesDuring(doc, () => deleteItems(doc, { elementIds: ["b"] }))).toBe(1);
    const m = model(doc);
    expect(m.elements.map((e) => e.id)).toEqual(["a", "c"]);
    expect(m.links).toEqual([]);
    // Gone from the document too, not just hidden.
    expect([...getMaps(doc).edges.keys()]).toEqual([]);
  });

  it("removes only the named links when no element is deleted", () => {
    const doc = docWithThree();
    deleteItems(doc, { linkIds: ["ab"] });
    expect(model(doc).links.map((l) => l.id)).toEqual(["bc"]);
    expect(model(doc).elements).toHaveLength(3);
  });

  it("deleting what is not there sends no update", () => {
    const doc = docWithThree();
    expect(
      updatesDuring(doc, () => deleteItems(doc, { elementIds: ["zz"], linkIds: ["yy"] })),
    ).toBe(0);
    expect(updatesDuring(doc, () => deleteItems(doc, {}))).toBe(0);
  });
});

describe("connect", () => {
  it("links two elements", () => {
    const doc = docWithThree();
    expect(connect(doc, newLink("ca", "c", "a", "because\u0000"))).toBe(true);
    expect(model(doc).links.find((l) => l.id === "ca")).toEqual({
      id: "ca",
      source: "c",
      target: "a",
      rationale: "because",
      assumptions: [],
      evidence: [],
    });
  });

  it("the reverse direction of an existing link is a different link", () => {
    const doc = docWithThree();
    expect(connect(doc, newLink("ba", "b", "a"))).toBe(true);
  });

  const refused: Array<[string, Parameters<typeof connect>[1]]> = [
    ["a self-link", newLink("aa", "a", "a")],
    ["a duplicate of an existing link", newLink("ab2", "a", "b")],
    ["a link to a missing element", newLink("ax", "a", "missing")],
    ["a link from a missing element", newLink("xa", "missing", "a")],
    ["a bad link id", newLink("a/b", "a", "c")],
    ["a bad element id", newLink("ok", "a", "../c")],
    ["an id already used by a link", newLink("ab", "a", "c")],
    ["an id already used by an element", newLink("c", "a", "c")],
  ];
  for (const [what, input] of refused) {
    it(`refuses ${what} and writes nothing`, () => {
      const doc = docWithThree();
      const before = model(doc);
      let ok = true;
      expect(updatesDuring(doc, () => (ok = connect(doc, input)))).toBe(0);
      expect(ok).toBe(false);
      expect(model(doc)).toEqual(before);
    });
  }

  it("junk a peer wrote under edges does not break connecting", () => {
    const doc = docWithThree();
    const { edges } = getMaps(doc) as unknown as { edges: Y.Map<unknown> };
    doc.transact(() => {
      edges.set("junk1", "not a map");
      edges.set("junk2", 42);
      edges.set("junk3", new Y.Array());
    });
    expect(connect(doc, newLink("ac", "a", "c"))).toBe(true);
    expect(model(doc).links.map((l) => l.id)).toEqual(["ab", "ac", "bc"]);
  });
});

describe("updateLink", () => {
  it("sets the rationale, cleaned", () => {
    const doc = docWithThree();
    updateLink(doc, "ab", { rationale: "clean water\u0007 first" });
    expect(model(doc).links[0].rationale).toBe("clean water first");
  });

  it("writes nothing for the same rationale, an unknown link or an empty patch", () => {
    const doc = docWithThree();
    updateLink(doc, "ab", { rationale: "r" });
    expect(updatesDuring(doc, () => updateLink(doc, "ab", { rationale: "r" }))).toBe(0);
    expect(updatesDuring(doc, () => updateLink(doc, "nope", { rationale: "r" }))).toBe(0);
    expect(updatesDuring(doc, () => updateLink(doc, "a", { rationale: "r" }))).toBe(0);
    expect(updatesDuring(doc, () => updateLink(doc, "ab", {}))).toBe(0);
  });
});

describe("insertFragment", () => {
  it("adds elements and links among them in one update, skipping what is invalid", () => {
    const doc = docWithThree();
    let added = { elements: 0, links: 0 };
    const n = updatesDuring(doc, () => {
      added = insertFragment(doc, {
        elements: [
          newElement("p1"),
          newElement("p2", "activity"),
          newElement("a"), // exists
          newElement("bad id"),
          newElement("p3", "outcome", { position: { x: Number.NaN, y: 0 } }),
        ],
        links: [
          newLink("q1", "p2", "p1"),
          newLink("q2", "p2", "p1"), // same pair as q1
          newLink("q3", "p1", "a"), // to an existing element
          newLink("q4", "p1", "p3"), // p3 was refused
          newLink("q5", "p1", "p1"),
        ],
      });
    });
    expect(n).toBe(1);
    expect(added).toEqual({ elements: 2, links: 2 });
    const m = model(doc);
    expect(m.elements.map((e) => e.id)).toEqual(["a", "b", "c", "p1", "p2"]);
    expect(m.links.map((l) => l.id)).toEqual(["ab", "bc", "q1", "q3"]);
  });

  it("an empty or all-invalid fragment sends no update", () => {
    const doc = docWithThree();
    expect(updatesDuring(doc, () => insertFragment(doc, { elements: [], links: [] }))).toBe(0);
    expect(
      updatesDuring(doc, () =>
        insertFragment(doc, { elements: [newElement("a")], links: [newLink("z", "a", "a")] }),
      ),
    ).toBe(0);
  });
});

describe("document title and framing", () => {
  it("setDocumentTitle cleans, trims and refuses blank titles", () => {
    const doc = seededDoc();
    setDocumentTitle(doc, "  Safer\nstreets  ");
    expect(readModel(doc).meta.title).toBe("Safer streets");
    for (const blank of ["", "   ", "\u0000\n\t"]) {
      expect(updatesDuring(doc, () => setDocumentTitle(doc, blank))).toBe(0);
    }
    expect(updatesDuring(doc, () => setDocumentTitle(doc, "Safer streets "))).toBe(0);
    expect(readModel(doc).meta.title).toBe("Safer streets");
  });

  it("setFraming switches framing, refuses unknown ones, and is a no-op when unchanged", () => {
    const doc = seededDoc();
    const before = model(doc).elements;
    setFraming(doc, "logic");
    expect(readModel(doc).meta.framing).toBe("logic");
    expect(model(doc).elements).toEqual(before); // framing is only a view
    expect(updatesDuring(doc, () => setFraming(doc, "logic"))).toBe(0);
    expect(updatesDuring(doc, () => setFraming(doc, "gantt" as FramingId))).toBe(0);
    expect(readModel(doc).meta.framing).toBe("logic");
  });
});

describe("patches", () => {
  it("change only what a patch may name: never ids, a link's ends, lists or roles", () => {
    const doc = docWithThree();
    const before = readModel(doc);
    const extra = {
      id: "zz",
      stakeholders: { "sh-icb": "endorsed" },
      assumptions: [],
      title: "Renamed",
    } as unknown as Parameters<typeof updateElement>[2];
    updateElement(doc, "a", extra);
    updateLink(doc, "ab", { source: "c", target: "a", rationale: "Because" } as never);
    const after = readModel(doc);
    const a = after.elements.find((e) => e.id === "a");
    expect(a?.title).toBe("Renamed");
    expect(a?.stakeholders).toEqual(before.elements.find((e) => e.id === "a")?.stakeholders);
    expect(getMaps(doc).nodes.get("a")?.get("id")).toBe("a");
    expect(after.links.find((l) => l.id === "ab")).toMatchObject({
      source: "a",
      target: "b",
      rationale: "Because",
    });
  });
});
