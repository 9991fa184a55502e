// Invariant: the document holds only shared facts — element maps carry
// exactly {id, kind, stage, title, description, position} and link maps
// {id, source, target, rationale}; per-user state (selected, dragging,
// resizing, measured, sizes) is never stored; and every command's transaction
// carries the LOCAL origin unless told otherwise, so undo and sync can tell
// whose edit it was.
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
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
import { IMPORT, LOCAL, REMOTE } from "../../../src/doc/origins";
import { getMaps } from "../../../src/doc/schema";
import { newElement, newLink, originsDuring, seededDoc } from "./helpers";

const ELEMENT_KEYS = [
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
];
const LINK_KEYS = ["assumptions", "evidence", "id", "rationale", "source", "target"];
const PER_USER = ["selected", "dragging", "resizing", "measured", "width", "height", "editing"];

/** Every command once, each as its own gesture. */
const everyCommand: Array<[string, (doc: Y.Doc) => void]> = [
  ["addElement", (d) => addElement(d, newElement("n1"))],
  ["updateElement", (d) => updateElement(d, "a", { title: "t", kind: "note", description: "d" })],
  ["moveElements", (d) => moveElements(d, [{ id: "a", position: { x: 3, y: 4 } }])],
  ["connect", (d) => connect(d, newLink("ba", "b", "a"))],
  ["updateLink", (d) => updateLink(d, "ab", { rationale: "r" })],
  ["insertFragment", (d) => insertFragment(d, { elements: [newElement("f1")], links: [] })],
  ["deleteItems", (d) => deleteItems(d, { elementIds: ["b"] })],
  ["setDocumentTitle", (d) => setDocumentTitle(d, "Another")],
  ["setFraming", (d) => setFraming(d, "logic")],
];

function fixture() {
  const doc = seededDoc();
  insertFragment(doc, {
    elements: [newElement("a"), newElement("b")],
    links: [newLink("ab", "a", "b")],
  });
  return doc;
}

describe("what the document stores", () => {
  it("element and link maps hold only their shared keys, never per-user state", () => {
    const doc = fixture();
    for (const [, run] of everyCommand) run(doc);
    const { nodes, edges, meta } = getMaps(doc);
    expect(nodes.size).toBeGreaterThan(0);
    for (const map of nodes.values()) expect([...map.keys()].sort()).toEqual(ELEMENT_KEYS);
    for (const map of edges.values()) expect([...map.keys()].sort()).toEqual(LINK_KEYS);
    const everyKey = [
      ...meta.keys(),
      ...[...nodes.values()].flatMap((m) => [...m.keys()]),
      ...[...edges.values()].flatMap((m) => [...m.keys()]),
    ];
    for (const key of PER_USER) expect(everyKey).not.toContain(key);
    // Positions are plain {x, y} values, nothing more.
    for (const map of nodes.values()) {
      expect(Object.keys(map.get("position") as object).sort()).toEqual(["x", "y"]);
    }
    // meta, nodes, edges and the three registers — nothing else at top level
    expect([...doc.share.keys()].sort()).toEqual([
      "dismissals",
      "edges",
      "groups",
      "meta",
      "nodes",
      "stakeholders",
    ]);
  });
});

describe("transaction origins", () => {
  for (const [name, run] of everyCommand) {
    it(`${name} writes one transaction with origin LOCAL by default`, () => {
      const doc = fixture();
      expect(originsDuring(doc, () => run(doc))).toEqual([LOCAL]);
    });
  }

  it("an explicit origin is passed through", () => {
    const doc = fixture();
    expect(
      originsDuring(doc, () => {
        addElement(doc, newElement("r1"), REMOTE);
        moveElements(doc, [{ id: "a", position: { x: 1, y: 1 } }], IMPORT);
        deleteItems(doc, { linkIds: ["ab"] }, REMOTE);
      }),
    ).toEqual([REMOTE, IMPORT, REMOTE]);
  });
});
