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

/**
 * The first view of a document: the whole of it, except that a large one
 * opens no further out than INITIAL_MIN_ZOOM, centred. Fitting 1,000 elements
 * on screen shows (and so mounts) every one of them at once, which froze the
 * page for seconds; at this zoom only what is in view is drawn, and zooming
 * out (Ctrl −, or the fit button) still shows everything.
 */
const LARGE = 300;
const INITIAL_MIN_ZOOM = 0.6;
export function initialFit(elementCount: number): FitViewOptions {
  return elementCount > LARGE ? { ...FIT_VIEW, minZoom: INITIAL_MIN_ZOOM } : FIT_VIEW;
}

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
