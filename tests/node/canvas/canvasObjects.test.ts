// The objects the canvas hands React Flow: a peer retitling or describing an
// element must leave every node and link object — and both arrays — as they
// were, so React Flow's graph is not rebuilt (the node and link components
// read titles from the mirror); a move, a selection or a kind change must not.
import { describe, expect, it } from "vitest";
import {
  createEdgesBuilder,
  createNodesBuilder,
  type NodeView,
} from "../../../src/canvas/buildFlow";
import { addElement, connect, moveElements, updateElement } from "../../../src/doc/commands";
import { observeModel } from "../../../src/doc/observe";
import { REMOTE } from "../../../src/doc/origins";
import type { TocModel } from "../../../src/domain/model";
import { newElement, newLink, seededDoc } from "../doc/helpers";

const VIEW: NodeView = {
  framing: "toc",
  selected: new Set(),
  editingId: null,
  dragPreview: null,
  marks: { selectedBy: new Map(), dragged: new Map() },
  measured: new Map(),
  highlight: null,
  ceiling: null,
  collapsedGroups: new Set(),
};

function setUp() {
  const doc = seededDoc();
  addElement(doc, newElement("a", "activity"));
  addElement(doc, newElement("b", "outcome"));
  addElement(doc, newElement("c", "impact"));
  connect(doc, newLink("ab", "a", "b"));
  connect(doc, newLink("bc", "b", "c", "Because it builds"));
  let model: TocModel | null = null;
  observeModel(doc, (m) => {
    model = m;
  });
  const current = () => model as unknown as TocModel;
  const nodesOf = createNodesBuilder();
  const edgesOf = createEdgesBuilder();
  const draw = (view: NodeView = VIEW) => {
    const m = current();
    const byId = new Map(m.elements.map((e) => [e.id, e]));
    return { nodes: nodesOf(m.elements, view), edges: edgesOf(m.links, byId, new Set(), null) };
  };
  return { doc, current, draw };
}

describe("canvas objects", () => {
  it("stay the same objects and arrays when a peer retitles or describes an element", () => {
    const { doc, current, draw } = setUp();
    const before = draw();
    const elementsBefore = current().elements;
    updateElement(doc, "b", { title: "A new title", description: "Why it matters" }, REMOTE);
    expect(current().elements).not.toBe(elementsBefore); // the mirror did change
    const after = draw();
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
  });

  it("carry no titles or descriptions (a link carries its rationale)", () => {
    const { draw } = setUp();
    const { nodes, edges } = draw();
    const text = JSON.stringify({ nodes, edges });
    expect(text).not.toContain("Title a");
    expect(text).not.toContain("Title b");
    expect(nodes.every((n) => n.ariaLabel === undefined)).toBe(true);
    expect(edges.every((e) => e.ariaLabel === null)).toBe(true);
    // The rationale travels as the link's data, for the link's own name.
    expect(edges.find((e) => e.id === "bc")?.data?.rationale).toBe("Because it builds");
  });

  it("change only the node a peer moved, and the links whose ends changed kind", () => {
    const { doc, draw } = setUp();
    const before = draw();
    moveElements(doc, [{ id: "a", position: { x: 300, y: 40 } }], REMOTE);
    const moved = draw();
    expect(moved.nodes).not.toBe(before.nodes);
    expect(moved.nodes[0]).not.toBe(before.nodes[0]);
    expect(moved.nodes[1]).toBe(before.nodes[1]);
    // The moved node keeps its data, so its component is not re-rendered for the move.
    expect(moved.nodes[0].data).toBe(before.nodes[0].data);
    expect(moved.edges).toBe(before.edges);

    updateElement(doc, "a", { kind: "assumption" }, REMOTE);
    const retyped = draw();
    expect(retyped.nodes[0].data.kind).toBe("assumption");
    expect(retyped.edges[0].className).toContain("toc-link--assumption");
    expect(retyped.edges[1]).toBe(moved.edges[1]);
  });

  it("follow this person's selection", () => {
    const { draw } = setUp();
    const before = draw();
    const selected = draw({ ...VIEW, selected: new Set(["c"]) });
    expect(selected.nodes).not.toBe(before.nodes);
    expect(selected.nodes.map((n) => n.selected)).toEqual([false, false, true]);
    expect(selected.nodes[0]).toBe(before.nodes[0]);
  });
});
