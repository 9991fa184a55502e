// Builds React Flow's controlled nodes and edges from the document mirror and
// this person's UI state. A per-id cache hands back the same node object when
// nothing it shows changed, so memoised node components skip re-rendering.
import type { Edge, Node } from "@xyflow/react";
import { MarkerType } from "@xyflow/react";
import { STATUS_LABELS } from "../domain/details";
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
  /** Outside the pathway or filter being shown. */
  dimmed: boolean;
  /** Beyond the accountability ceiling: the programme contributes, is not accountable. */
  contributes: boolean;
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
  dimmed: boolean;
  contributes: boolean;
  /** In a group this person has collapsed. */
  hidden: boolean;
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
      hidden: inputs.hidden,
      ariaLabel: nodeLabel(element, inputs.contributes),
      data: {
        element,
        remote: inputs.remote ?? [],
        editing: inputs.editing,
        direction: framing === "toc" ? "up" : "right",
        dimmed: inputs.dimmed,
        contributes: inputs.contributes,
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
    a.remoteKey === b.remoteKey &&
    a.dimmed === b.dimmed &&
    a.contributes === b.contributes &&
    a.hidden === b.hidden
  );
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

export function createEdgeBuilder() {
  // The titles are part of the key: the link's accessible name says them, and
  // retitling an element leaves its link objects unchanged.
  const cache = new Map<
    string,
    {
      link: TocLink;
      selected: boolean;
      dashed: boolean;
      dimmed: boolean;
      titles: string;
      edge: Edge;
    }
  >();
  return (
    link: TocLink,
    selected: boolean,
    dashed: boolean,
    sourceTitle: string,
    targetTitle: string,
    dimmed = false,
  ): Edge => {
    const titles = `${sourceTitle}\u0000${targetTitle}`;
    const hit = cache.get(link.id);
    if (
      hit &&
      hit.link === link &&
      hit.selected === selected &&
      hit.dashed === dashed &&
      hit.dimmed === dimmed &&
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
      className: `toc-link${dashed ? " toc-link--assumption" : ""}${dimmed ? " toc-link--dimmed" : ""}`,
      ariaLabel: `Link: ${sourceTitle} leads to ${targetTitle}${link.rationale ? `, because ${link.rationale}` : ""}`,
      label: link.rationale ? "because…" : undefined,
    };
    cache.set(link.id, { link, selected, dashed, dimmed, titles, edge });
    return edge;
  };
}
