// The canvas: a controlled React Flow bound to the document mirror.
// Invariants (pinned by browser tests): a drag writes the document once, at
// its end; selection, drag previews and measured sizes stay local; a delete
// of nodes and their edges is one transaction.
import {
  Background,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { openContextMenu } from "../actions/uiState";
import { registerViewport } from "../actions/viewport";
import { fromView, type Point } from "../domain/geometry";
import type { TocModel } from "../domain/model";
import { commitMoves, connectElements } from "../store/actions";
import { setSelection, useEditor, useElements } from "../store/editorStore";
import { updateCursor, useCollab } from "../store/liveSession";
import {
  createEdgesBuilder,
  createNodesBuilder,
  type ElementFlowNode,
  type LinkFlowEdge,
} from "./buildFlow";
import { CeilingLine } from "./CeilingLine";
import { ElementNode } from "./ElementNode";
import { FIT_VIEW, initialFit, useFitOnFramingChange } from "./fitView";
import { GroupFrames } from "./GroupFrames";
import { useHighlight } from "./highlight";
import { LinkEdge } from "./LinkEdge";
import { RemoteCursors } from "./RemoteCursors";
import { RevealOnRequest } from "./RevealOnRequest";
import { useRemoteMarks } from "./remotePresence";
import { StageBands } from "./StageBands";
import { StageLabels } from "./StageLabels";
import "./canvas.css";

// Props handed to React Flow are constants or stable callbacks: React Flow
// copies every prop whose identity changed into its store on each render, and
// each copy wakes every node's store subscription (this doubled the cost of a
// remote edit — measured with bench/session-profile.mjs).
const nodeTypes = { element: ElementNode };
const edgeTypes = { link: LinkEdge };
const SNAP_GRID: [number, number] = [10, 10];
const MULTI_SELECTION_KEYS = ["Shift", "Meta", "Control"];
const PRO_OPTIONS = { hideAttribution: true };
const miniMapClass = (n: ElementFlowNode) => `toc-mini toc-mini--${n.data.kind}`;
const startEditing = (_event: unknown, node: ElementFlowNode) =>
  useEditor.setState({ editingId: node.id });
const onConnect = ({ source, target }: { source: string; target: string }) =>
  connectElements(source, target);
type Size = { width: number; height: number };

/**
 * Where a context menu opens: at the pointer, or below the element or link
 * when a key (ContextMenu, Shift+F10) asked for it and the point lies outside it.
 */
function menuPoint(event: { clientX: number; clientY: number; target: EventTarget | null }) {
  const item = (event.target as Element | null)?.closest(".react-flow__node, .react-flow__edge");
  const rect = item?.getBoundingClientRect();
  const { clientX: x, clientY: y } = event;
  if (!rect || (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)) {
    return { x, y };
  }
  return { x: rect.left + 8, y: rect.bottom + 4 };
}

const onNodeContextMenu = (event: React.MouseEvent, node: ElementFlowNode) => {
  event.preventDefault();
  if (!useEditor.getState().selectedElements.has(node.id)) setSelection([node.id]);
  openContextMenu({ ...menuPoint(event), target: "element" });
};

const onEdgeContextMenu = (event: React.MouseEvent, edge: LinkFlowEdge) => {
  event.preventDefault();
  if (!useEditor.getState().selectedLinks.has(edge.id)) setSelection([], [edge.id]);
  openContextMenu({ ...menuPoint(event), target: "link" });
};

export function TocCanvas({ model }: { model: TocModel }) {
  return (
    <ReactFlowProvider>
      <Flow model={model} />
    </ReactFlowProvider>
  );
}

function Flow({ model }: { model: TocModel }) {
  // Chosen once, when the document opens (a changing prop would wake every node).
  const [initialView] = useState(() => initialFit(model.elements.length));
  const selectedElements = useEditor((s) => s.selectedElements);
  const selectedLinks = useEditor((s) => s.selectedLinks);
  const editingId = useEditor((s) => s.editingId);
  const dragPreview = useEditor((s) => s.dragPreview);
  const collapsedGroups = useEditor((s) => s.collapsedGroups);
  const highlight = useHighlight(model);
  const ceiling = model.meta.ceiling;
  const marks = useRemoteMarks();
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(new Map());
  const buildNodes = useRef(createNodesBuilder()).current;
  const buildEdges = useRef(createEdgesBuilder()).current;
  const framing = model.meta.framing;
  useFitOnFramingChange(framing);

  const elementsById = useElements((s) => s.byId);
  const nodes = useMemo(
    () =>
      buildNodes(model.elements, {
        framing,
        selected: selectedElements,
        editingId,
        dragPreview,
        marks,
        measured,
        highlight,
        ceiling,
        collapsedGroups,
      }),
    [
      model.elements,
      framing,
      selectedElements,
      editingId,
      dragPreview,
      measured,
      marks,
      buildNodes,
      highlight,
      ceiling,
      collapsedGroups,
    ],
  );
  const edges = useMemo(
    () => buildEdges(model.links, elementsById, selectedLinks, highlight),
    [model.links, elementsById, selectedLinks, buildEdges, highlight],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<ElementFlowNode>[]) => {
      let elements: Set<string> | null = null;
      let preview: Map<string, Point> | null = null;
      let sizes: Map<string, Size> | null = null;
      for (const change of changes) {
        if (change.type === "select") {
          elements ??= new Set(useEditor.getState().selectedElements);
          if (change.selected) elements.add(change.id);
          else elements.delete(change.id);
        } else if (change.type === "position" && change.dragging && change.position) {
          preview ??= new Map(useEditor.getState().dragPreview ?? []);
          preview.set(change.id, fromView(framing, change.position));
        } else if (change.type === "dimensions" && change.dimensions) {
          const old = measured.get(change.id);
          const { width, height } = change.dimensions;
          if (!old || old.width !== width || old.height !== height) {
            sizes ??= new Map(measured);
            sizes.set(change.id, { width, height });
          }
        }
      }
      if (elements) useEditor.setState({ selectedElements: elements });
      if (preview) useEditor.setState({ dragPreview: preview });
      if (sizes) setMeasured(sizes);
    },
    [framing, measured],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<LinkFlowEdge>[]) => {
    let links: Set<string> | null = null;
    for (const change of changes) {
      if (change.type !== "select") continue;
      links ??= new Set(useEditor.getState().selectedLinks);
      if (change.selected) links.add(change.id);
      else links.delete(change.id);
    }
    if (links) useEditor.setState({ selectedLinks: links });
  }, []);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: ElementFlowNode, dragged: ElementFlowNode[]) => {
      const preview = useEditor.getState().dragPreview;
      const moves = dragged
        .filter((n) => preview?.has(n.id))
        .map((n) => ({ id: n.id, position: fromView(framing, n.position) }));
      commitMoves(moves);
      useEditor.setState({ dragPreview: null });
    },
    [framing],
  );
  const onSelectionDragStop = useCallback(
    (event: unknown, dragged: ElementFlowNode[]) => onNodeDragStop(event, dragged[0], dragged),
    [onNodeDragStop],
  );

  // Zoom actions (keys, menus, palette) call the canvas through this port.
  const flow = useReactFlow();
  useEffect(
    () =>
      registerViewport({
        zoomIn: () => void flow.zoomIn(),
        zoomOut: () => void flow.zoomOut(),
        fit: () => void flow.fitView(FIT_VIEW),
      }),
    [flow],
  );

  const onPaneContextMenu = useCallback(
    (event: MouseEvent | React.MouseEvent) => {
      event.preventDefault();
      const at = fromView(
        framing,
        flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
      );
      openContextMenu({ x: event.clientX, y: event.clientY, target: "canvas", at });
    },
    [flow, framing],
  );

  // My pointer, in document units, for the others (presence throttles it).
  const onPointerMove = useCallback(
    (event: React.PointerEvent) => {
      if (!useCollab.getState().session) return;
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      updateCursor(fromView(framing, at));
    },
    [flow, framing],
  );

  const hidePointer = useCallback(() => updateCursor(null), []);

  const onFocusCapture = useCallback((event: React.FocusEvent) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains("react-flow__node") || !target.matches(":focus-visible")) return;
    const id = target.dataset.id;
    if (id && !useEditor.getState().selectedElements.has(id)) setSelection([id]);
  }, []);

  return (
    <div
      className="toc-canvas"
      onFocusCapture={onFocusCapture}
      onPointerMove={onPointerMove}
      onPointerLeave={hidePointer}
    >
      <ReactFlow<ElementFlowNode, LinkFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionDragStop={onSelectionDragStop}
        onConnect={onConnect}
        onNodeDoubleClick={startEditing}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        selectionKeyCode="Shift"
        snapToGrid
        snapGrid={SNAP_GRID}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements={model.elements.length > 300}
        minZoom={0.1}
        maxZoom={2.5}
        fitView
        fitViewOptions={initialView}
        proOptions={PRO_OPTIONS}
        aria-label="Theory of change canvas"
      >
        <StageBands framing={framing} elements={model.elements} />
        <CeilingLine framing={framing} ceiling={ceiling} elements={model.elements} />
        <GroupFrames model={model} measured={measured} collapsed={collapsedGroups} />
        <StageLabels framing={framing} />
        <RevealOnRequest model={model} measured={measured} />
        <RemoteCursors framing={framing} />
        {model.elements.length === 0 && (
          <p className="toc-empty">
            {framing === "toc"
              ? "Start with the change you want to see: add an Impact (press 1), then the outcomes that must come first."
              : "Start with what you have and do: add Inputs (press 5) and Activities (press 4), then what they lead to."}
          </p>
        )}
        <Background gap={20} size={1} />
        <Controls
          showInteractive={false}
          fitViewOptions={FIT_VIEW}
          position="bottom-right"
          className="toc-controls"
          aria-label="Zoom controls"
        />
        <MiniMap pannable zoomable ariaLabel="Overview map" nodeClassName={miniMapClass} />
      </ReactFlow>
    </div>
  );
}
