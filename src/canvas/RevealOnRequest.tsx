// Brings an element into view when something asks (a quality finding, a
// search): expands its group if collapsed, then centres it at a readable zoom.
import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, toView } from "../domain/geometry";
import type { TocModel } from "../domain/model";
import { toggleGroupCollapsed, useEditor } from "../store/editorStore";

type Size = { width: number; height: number };

export function RevealOnRequest({
  model,
  measured,
}: {
  model: TocModel;
  measured: ReadonlyMap<string, Size>;
}) {
  const request = useEditor((s) => s.focusRequest);
  const flow = useReactFlow();
  // biome-ignore lint/correctness/useExhaustiveDependencies: acts once per request, on the model of that moment
  useEffect(() => {
    if (!request) return;
    const element = model.elements.find((e) => e.id === request.id);
    if (!element) return;
    if (element.group && useEditor.getState().collapsedGroups.has(element.group)) {
      toggleGroupCollapsed(element.group, false);
    }
    const p = toView(model.meta.framing, element.position);
    const size = measured.get(element.id) ?? { width: NODE_WIDTH, height: NOMINAL_NODE_HEIGHT };
    void flow.setCenter(p.x + size.width / 2, p.y + size.height / 2, {
      zoom: Math.max(flow.getZoom(), 0.8),
      duration: 300,
    });
  }, [request]);
  return null;
}
