// Group (workstream) frames drawn behind their elements: a labelled box around
// the members, with a button to collapse it. Collapsed, the members are hidden
// (TocCanvas) and the frame shrinks to a labelled card with an Expand button.
// Collapsing is this person's view only; the group itself is in the document.
import { ViewportPortal } from "@xyflow/react";
import { memo, useMemo } from "react";
import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, toView } from "../domain/geometry";
import type { TocModel } from "../domain/model";
import { toggleGroupCollapsed, useEditor } from "../store/editorStore";

const PAD = 18;
const LABEL_HEIGHT = 30;
type Size = { width: number; height: number };

function GroupFramesView({
  model,
  measured,
  collapsed,
}: {
  model: TocModel;
  measured: ReadonlyMap<string, Size>;
  collapsed: ReadonlySet<string>;
}) {
  const preview = useEditor((s) => s.dragPreview);
  const framing = model.meta.framing;
  const frames = useMemo(() => {
    const boxes = new Map<string, { x1: number; y1: number; x2: number; y2: number; n: number }>();
    for (const el of model.elements) {
      if (!el.group) continue;
      const p = toView(framing, preview?.get(el.id) ?? el.position);
      const size = measured.get(el.id) ?? { width: NODE_WIDTH, height: NOMINAL_NODE_HEIGHT };
      const box = boxes.get(el.group);
      boxes.set(el.group, {
        x1: Math.min(box?.x1 ?? Infinity, p.x),
        y1: Math.min(box?.y1 ?? Infinity, p.y),
        x2: Math.max(box?.x2 ?? -Infinity, p.x + size.width),
        y2: Math.max(box?.y2 ?? -Infinity, p.y + size.height),
        n: (box?.n ?? 0) + 1,
      });
    }
    return model.groups.flatMap((g) => {
      const box = boxes.get(g.id);
      return box ? [{ group: g, box }] : [];
    });
  }, [model.elements, model.groups, framing, measured, preview]);
  if (frames.length === 0) return null;
  return (
    <ViewportPortal>
      {frames.map(({ group, box }) => {
        const isCollapsed = collapsed.has(group.id);
        const x = box.x1 - PAD;
        const y = box.y1 - PAD - LABEL_HEIGHT;
        const width = isCollapsed ? NODE_WIDTH + 60 : box.x2 - box.x1 + 2 * PAD;
        const height = isCollapsed ? LABEL_HEIGHT + 36 : box.y2 - box.y1 + 2 * PAD + LABEL_HEIGHT;
        const count = box.n === 1 ? "1 element" : `${box.n} elements`;
        return (
          <section
            key={group.id}
            className={`toc-group${isCollapsed ? " is-collapsed" : ""}`}
            style={{ transform: `translate(${x}px, ${y}px)`, width, height }}
            aria-label={`Group: ${group.title}, ${count}${isCollapsed ? ", collapsed" : ""}`}
            data-testid="toc-group"
          >
            <div className="toc-group__label">
              <span className="toc-group__title">{group.title}</span>
              <button
                type="button"
                className="toc-group__toggle nopan nodrag"
                aria-expanded={!isCollapsed}
                aria-label={`${isCollapsed ? "Expand" : "Collapse"} group ${group.title}`}
                onClick={() => toggleGroupCollapsed(group.id)}
              >
                {isCollapsed ? "Expand" : "Collapse"}
              </button>
            </div>
            {isCollapsed && <p className="toc-group__summary">{count} hidden</p>}
          </section>
        );
      })}
    </ViewportPortal>
  );
}

export const GroupFrames = memo(GroupFramesView);
