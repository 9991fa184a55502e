// Builds React Flow's controlled nodes and edges from the document mirror and
// this person's UI state. A per-id cache hands back the same node object when
// nothing it shows changed, so memoised node components skip re-rendering.
import type { Edge, Node } from "@xyflow/react";
import { MarkerType } from "@xyflow/react";
import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, type Point, toView } from "../domain/geometry";
import { KINDS } from "../domain/kinds";
import type { TocElement, TocLink } from "../domain/model";
import type { FramingId } from "../domain/stages";

export interface ElementNodeData extends Record<string, unknown> {
  element: TocElement;
  /** Other participants who have this element selected. */
  remote: Array<{ name: string; colour: string }>;
  editing: boolean;
  direction: "up" | "right";
}

export type ElementFlowNode = Node<ElementNodeData, "element">;

interface NodeInputs {
  element: TocElement;
  selected: boolean;
  editing: boolean;
  framing: FramingId;
  preview: Point | undefined;
  measured: { width: number; height: number } | undefined;
  remote: Array<{ name: string; colour: string }> | undefined;
  remoteKey: string;
}

export function createNodeBuilder() {
  const cache = new Map<string, { inputs: NodeInputs; node: ElementFlowNode }>();
  return (inputs: NodeInputs): ElementFlowNode => {
    const hit = cache.get(inputs.element.id);
    if (hit && shallowSame(hit.inputs, inputs)) return hit.node;
    const { element, framing } = inputs;
    const node: ElementFlowNode = {
      id: element.id,
      type: "element",
      position: toView(framing, inputs.preview ?? element.position),
      selected: inputs.selected,
      // Known from the start, so a new node is visible (and its title field
      // focusable) before React Flow has measured it.
      initialWidth: NODE_WIDTH,
      initialHeight: NOMINAL_NODE_HEIGHT,
      ariaLabel: `${KINDS[element.kind].label}: ${element.title || "untitled"}`,
      data: {
        element,
        remote: inputs.remote ?? [],
        editing: inputs.editing,
        direction: framing === "toc" ? "up" : "right",
      },
      ...(inputs.measured ? { measured: inputs.measured } : {}),
    };
    cache.set(element.id, { inputs, node });
    return node;
  };
}

function shallowSame(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.element === b.element &&
    a.selected === b.selected &&
    a.editing === b.editing &&
    a.framing === b.framing &&
    a.preview === b.preview &&
    a.measured === b.measured &&
    a.remoteKey === b.remoteKey
  );
}

export function createEdgeBuilder() {
  // The titles are part of the key: the link's accessible name says them, and
  // retitling an element leaves its link objects unchanged.
  const cache = new Map<
    string,
    { link: TocLink; selected: boolean; dashed: boolean; titles: string; edge: Edge }
  >();
  return (
    link: TocLink,
    selected: boolean,
    dashed: boolean,
    sourceTitle: string,
    targetTitle: string,
  ): Edge => {
    const titles = `${sourceTitle}\u0000${targetTitle}`;
    const hit = cache.get(link.id);
    if (
      hit &&
      hit.link === link &&
      hit.selected === selected &&
      hit.dashed === dashed &&
      hit.titles === titles
    )
      return hit.edge;
    const edge: Edge = {
      id: link.id,
      source: link.source,
      target: link.target,
      selected,
      type: "default",
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: dashed ? "toc-link toc-link--assumption" : "toc-link",
      ariaLabel: `Link: ${sourceTitle} leads to ${targetTitle}${link.rationale ? `, because ${link.rationale}` : ""}`,
      label: link.rationale ? "because…" : undefined,
    };
    cache.set(link.id, { link, selected, dashed, titles, edge });
    return edge;
  };
}
