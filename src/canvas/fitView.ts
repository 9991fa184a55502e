// How the canvas fits the document on screen: room on the left (theory of
// change) or top (logic model) for the pinned stage names, never zoomed in
// past 100 %. Switching framing moves every node's handles (bottom/top vs
// left/right), so React Flow must re-measure them before edges are drawn
// again; then the view refits.
import { type FitViewOptions, useReactFlow, useUpdateNodeInternals } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { FramingId } from "../domain/stages";

export const FIT_VIEW: FitViewOptions = {
  padding: { left: "150px", top: "48px", right: "40px", bottom: "40px" },
  maxZoom: 1,
};

export function useFitOnFramingChange(framing: FramingId) {
  const flow = useReactFlow();
  const updateNodeInternals = useUpdateNodeInternals();
  const previous = useRef(framing);
  useEffect(() => {
    if (previous.current === framing) return;
    previous.current = framing;
    updateNodeInternals(flow.getNodes().map((n) => n.id));
    const frame = requestAnimationFrame(() => void flow.fitView({ ...FIT_VIEW, duration: 300 }));
    return () => cancelAnimationFrame(frame);
  }, [framing, flow, updateNodeInternals]);
}
