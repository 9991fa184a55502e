// What the canvas highlights: the pathway through the focused element, or
// what a stakeholder group proposed, endorsed or challenged; null = everything.
import { useMemo } from "react";
import type { TocModel } from "../domain/model";
import { type Highlight, pathwayThrough, stakeholderHighlight } from "../domain/pathways";
import { useEditor } from "../store/editorStore";

export function useHighlight(model: TocModel): Highlight | null {
  const focus = useEditor((s) => s.pathwayFocus);
  const filter = useEditor((s) => s.stakeholderFilter);
  return useMemo(() => {
    if (focus && model.elements.some((e) => e.id === focus)) return pathwayThrough(model, focus);
    if (filter) return stakeholderHighlight(model, filter.stakeholderId, filter.role);
    return null;
  }, [model, focus, filter]);
}
