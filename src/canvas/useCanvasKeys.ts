// Canvas keys: arrows move the selection (Shift: faster) as one step each;
// Enter or F2 edits the focused or selected element's title; Ctrl/Cmd + = −
// 0 zoom in, out and to fit. Listens in the capture phase so React Flow's own
// arrow handling (which would move nodes without writing the document) never
// runs for keys we handle.
import { useReactFlow } from "@xyflow/react";
import { type RefObject, useEffect } from "react";
import { fromView } from "../domain/geometry";
import { nudgeSelection } from "../store/actions";
import { useEditor } from "../store/editorStore";
import { isTypingTarget } from "../ui/typing";
import { FIT_VIEW } from "./fitView";

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

export function useCanvasKeys(wrapper: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || event.altKey) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && (event.key === "=" || event.key === "+")) {
        event.preventDefault();
        void flow.zoomIn();
        return;
      }
      if (mod && (event.key === "-" || event.key === "_")) {
        event.preventDefault();
        void flow.zoomOut();
        return;
      }
      if (mod && event.key === "0") {
        event.preventDefault();
        void flow.fitView(FIT_VIEW);
        return;
      }
      if (mod) return;
      const inCanvas = wrapper.current?.contains(document.activeElement) ?? false;
      const state = useEditor.getState();
      const arrow = ARROWS[event.key];
      if (
        arrow &&
        state.selectedElements.size > 0 &&
        (inCanvas || document.activeElement === document.body)
      ) {
        event.preventDefault();
        event.stopPropagation();
        const step = event.shiftKey ? 50 : 10;
        const framing = state.model?.meta.framing ?? "logic";
        // Move by `step` on screen, converted to document units for this framing.
        const origin = fromView(framing, { x: 0, y: 0 });
        const moved = fromView(framing, { x: arrow[0] * step, y: arrow[1] * step });
        nudgeSelection(moved.x - origin.x, moved.y - origin.y);
        return;
      }
      if ((event.key === "Enter" || event.key === "F2") && !event.shiftKey) {
        const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
          ".react-flow__node",
        );
        const id =
          focused?.dataset.id ??
          (state.selectedElements.size === 1 ? [...state.selectedElements][0] : null);
        if (!id || (!inCanvas && document.activeElement !== document.body)) return;
        event.preventDefault();
        event.stopPropagation();
        useEditor.setState({ editingId: id });
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [flow, wrapper]);
}
