// Builds React Flow's controlled nodes and edges from the document mirror and
// this person's UI state. A per-id cache hands back the same node or edge
// object when nothing it shows changed, and `keepIfSame` hands back the same
// array when no object in it changed.
//
// Invariant (pinned by canvasObjects.test.ts): node and edge objects hold only
// what React Flow needs to place and link them — position, kind, selection,
// size, view marks — never an element's title or details. The node and link
// components read those from the mirror themselves (ElementNode, LinkEdge), so
// retitling an element re-renders that node and its links, and React Flow's
// graph is not touched (re-adopting 1,000 nodes and 1,250 links cost ~30 ms
// per remote edit, measured with bench/remote-profile.mjs).
import type { Edge, Node } from "@xyflow/react";
import { MarkerType } from "@xyflow/react";
import { STATUS_LABELS } from "../domain/details";
import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, type Point, toView } from "../domain/geometry";
import { type ElementKind, KINDS } from "../domain/kinds";
import type { TocElement, TocLink } from "../domain/model";
import { beyondCeiling, type Highlight } from "../domain/pathways";
import type { FramingId, StageId } from "../domain/stages";
import { type RemoteMarks, selectionKey } from "./remotePresence";

export interface ElementNodeData extends Record<string, unknown> {
  kind: ElementKind;
  /** Other participants who have this element selected. */
  remote: Array<{ name: string; colour: string }>;
  editing: boolean;
  direction: "up" | "right";
  /** Outside the pathway or filter being shown. */
  dimmed: boolean;
  /** Beyond the accountability ceiling: the programme contributes, is not accountable. */
  contributes: boolean;
}

export type ElementFlowNode = Node<ElementNodeData, "element">;

export interface LinkEdgeData extends Record<string, unknown> {
  rationale: string;
}

export type LinkFlowEdge = Edge<LinkEdgeData, "link">;

interface NodeInputs {
  id: string;
  kind: ElementKind;
  /** Where it is shown, in document units: a drag preview or the stored position. */
  position: Point;
  selected: boolean;
  editing: boolean;
  framing: FramingId;
  measured: { width: number; height: number } | undefined;
  remote: Array<{ name: string; colour: string }> | undefined;
  remoteKey: string;
  dimmed: boolean;
  contributes: boolean;
  /** In a group this person has collapsed. */
  hidden: boolean;
}

/** This person's view of the canvas: everything besides the elements that a node shows. */
export interface NodeView {
  framing: FramingId;
  selected: ReadonlySet<string>;
  editingId: string | null;
  /** My drag in progress, in document units. */
  dragPreview: ReadonlyMap<string, Point> | null;
  marks: RemoteMarks;
  measured: ReadonlyMap<string, { width: number; height: number }>;
  highlight: Highlight | null;
  ceiling: StageId | null;
  collapsedGroups: ReadonlySet<string>;
}

/** The canvas's nodes: the same array while nothing a node shows changed. */
export function createNodesBuilder() {
  const buildNode = createNodeBuilder();
  let shown: ElementFlowNode[] | null = null;
  return (elements: readonly TocElement[], view: NodeView): ElementFlowNode[] => {
    const next = elements.map((element) => {
      const remote = view.marks.selectedBy.get(element.id);
      return buildNode({
        id: element.id,
        kind: element.kind,
        framing: view.framing,
        // My own drag wins over a peer's live drag of the same element.
        position:
          view.dragPreview?.get(element.id) ??
          view.marks.dragged.get(element.id) ??
          element.position,
        selected: view.selected.has(element.id),
        editing: view.editingId === element.id,
        measured: view.measured.get(element.id),
        remote,
        remoteKey: selectionKey(remote),
        dimmed: view.highlight !== null && !view.highlight.elements.has(element.id),
        contributes: beyondCeiling(element.stage, view.ceiling),
        hidden: element.group !== null && view.collapsedGroups.has(element.group),
      });
    });
    shown = keepIfSame(shown, next);
    return shown;
  };
}

function createNodeBuilder() {
  const cache = new Map<string, { inputs: NodeInputs; node: ElementFlowNode }>();
  return (inputs: NodeInputs): ElementFlowNode => {
    const hit = cache.get(inputs.id);
    if (hit && shallowSame(hit.inputs, inputs)) return hit.node;
    const { framing } = inputs;
    // Same data object when only the place, size, selection or visibility
    // changed: ElementNode's memo then skips a dragged node's re-render.
    const data =
      hit && sameData(hit.inputs, inputs)
        ? hit.node.data
        : {
            kind: inputs.kind,
            remote: inputs.remote ?? [],
            editing: inputs.editing,
            direction: framing === "toc" ? ("up" as const) : ("right" as const),
            dimmed: inputs.dimmed,
            contributes: inputs.contributes,
          };
    const node: ElementFlowNode = {
      id: inputs.id,
      type: "element",
      position: toView(framing, inputs.position),
      selected: inputs.selected,
      // Known from the start, so a new node is visible (and its title field
      // focusable) before React Flow has measured it.
      initialWidth: NODE_WIDTH,
      initialHeight: NOMINAL_NODE_HEIGHT,
      hidden: inputs.hidden,
      data,
      ...(inputs.measured ? { measured: inputs.measured } : {}),
    };
    cache.set(inputs.id, { inputs, node });
    return node;
  };
}

function sameData(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.kind === b.kind &&
    a.editing === b.editing &&
    a.framing === b.framing &&
    a.remoteKey === b.remoteKey &&
    a.dimmed === b.dimmed &&
    a.contributes === b.contributes
  );
}

function shallowSame(a: NodeInputs, b: NodeInputs): boolean {
  return (
    sameData(a, b) &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.measured === b.measured &&
    a.hidden === b.hidden
  );
}

/** `next`, or `previous` when it holds the very same objects in the same order. */
function keepIfSame<T>(previous: readonly T[] | null, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous as T[];
}

const count = (n: number, word: string) => (n === 1 ? `1 ${word}` : `${n} ${word}s`);

/** What a screen reader hears for a node: kind, title, status and its details. */
export function nodeLabel(element: TocElement, contributes: boolean): string {
  const parts = [`${KINDS[element.kind].label}: ${element.title || "untitled"}`];
  if (element.status !== "proposed") parts.push(STATUS_LABELS[element.status].toLowerCase());
  if (contributes) parts.push("contributes to, beyond the accountability ceiling");
  const details = [
    element.assumptions.length && count(element.assumptions.length, "assumption"),
    element.indicators.length && count(element.indicators.length, "indicator"),
    element.evidence.length && `${element.evidence.length} evidence`,
  ].filter(Boolean);
  if (details.length > 0) parts.push(details.join(", "));
  return parts.join("; ");
}

/** What a screen reader hears for a link: its two ends and its rationale. */
export function linkLabel(sourceTitle: string, targetTitle: string, rationale: string): string {
  return `Link: ${sourceTitle} leads to ${targetTitle}${rationale ? `, because ${rationale}` : ""}`;
}

/** The canvas's links: the same array while nothing a link shows changed. */
export function createEdgesBuilder() {
  const buildEdge = createEdgeBuilder();
  let shown: LinkFlowEdge[] | null = null;
  return (
    links: readonly TocLink[],
    elementsById: ReadonlyMap<string, TocElement>,
    selected: ReadonlySet<string>,
    highlight: Highlight | null,
  ): LinkFlowEdge[] => {
    const next = links.map((link) =>
      buildEdge(
        link,
        selected.has(link.id),
        elementsById.get(link.source)?.kind === "assumption",
        highlight !== null && !highlight.links.has(link.id),
      ),
    );
    shown = keepIfSame(shown, next);
    return shown;
  };
}

function createEdgeBuilder() {
  const cache = new Map<
    string,
    { link: TocLink; selected: boolean; dashed: boolean; dimmed: boolean; edge: LinkFlowEdge }
  >();
  return (link: TocLink, selected: boolean, dashed: boolean, dimmed: boolean): LinkFlowEdge => {
    const hit = cache.get(link.id);
    if (
      hit &&
      hit.link === link &&
      hit.selected === selected &&
      hit.dashed === dashed &&
      hit.dimmed === dimmed
    )
      return hit.edge;
    const edge: LinkFlowEdge = {
      id: link.id,
      source: link.source,
      target: link.target,
      selected,
      type: "link",
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: `toc-link${dashed ? " toc-link--assumption" : ""}${dimmed ? " toc-link--dimmed" : ""}`,
      // LinkEdge names the link (its name holds the titles at both ends). React
      // Flow writes no aria-label for null, though its types only say string.
      ariaLabel: null as unknown as string,
      data: { rationale: link.rationale },
      label: link.rationale ? "because…" : undefined,
    };
    cache.set(link.id, { link, selected, dashed, dimmed, edge });
    return edge;
  };
}
