// The bare stack the app is built on — React 19, React Flow 12 and Yjs, with
// nothing of ours — as the same-run baseline for the benchmarks: the initial
// JS it needs, and a React Flow page drawing the same generated graph
// (?size=1000&seed=1; no size: an empty canvas; &x=&y=&zoom= opens at that viewport,
// e.g. the one the app shows, instead of the top-left corner). Controlled nodes with
// applyNodeChanges, as React Flow's own examples do. Exposes window.__stack.
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { createElement as h, useCallback, useState } from "react";
import { createRoot } from "react-dom/client";
import * as Y from "yjs";
import { generateGraph } from "../../lib/graph.mjs";

const params = new URLSearchParams(location.search);
const size = Number(params.get("size") ?? 0);
const seed = Number(params.get("seed") ?? 1);
const viewport = params.has("zoom")
  ? {
      x: Number(params.get("x") ?? 0),
      y: Number(params.get("y") ?? 0),
      zoom: Number(params.get("zoom")),
    }
  : undefined;
const graph = size > 0 ? generateGraph(size, seed) : { elements: [], links: [] };

const initialNodes = graph.elements.map((e) => ({
  id: e.id,
  position: e.position,
  data: { label: e.title },
  style: { width: 200 },
}));
const initialEdges = graph.links.map((l) => ({ id: l.id, source: l.source, target: l.target }));

function Flow() {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  const onNodesChange = useCallback((c) => setNodes((n) => applyNodeChanges(c, n)), []);
  const onEdgesChange = useCallback((c) => setEdges((e) => applyEdgeChanges(c, e)), []);
  return h(
    ReactFlow,
    {
      nodes,
      edges,
      onNodesChange,
      onEdgesChange,
      onlyRenderVisibleElements: nodes.length > 300,
      minZoom: 0.1,
      maxZoom: 2.5,
      defaultViewport: viewport,
      fitView: !viewport && size > 0 && size <= 300,
    },
    h(Background),
    h(Controls),
    h(MiniMap),
  );
}

window.__stack = { Y, size, ready: false };
createRoot(document.getElementById("root")).render(h(Flow));
requestAnimationFrame(() => {
  window.__stack.ready = true;
});
