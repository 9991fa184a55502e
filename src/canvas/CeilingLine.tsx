// The accountability ceiling: a thick dashed line across the stages after the
// ceiling's stage, labelled in words. Elements beyond it carry a "Contributes
// to" tag (ElementNode), so the line is never the only signal.
import { ViewportPortal } from "@xyflow/react";
import { memo, useMemo } from "react";
import { stageBand } from "../domain/geometry";
import type { TocElement } from "../domain/model";
import type { FramingId, StageId } from "../domain/stages";
import { acrossExtent } from "./StageBands";

function CeilingLineView({
  framing,
  ceiling,
  elements,
}: {
  framing: FramingId;
  ceiling: StageId | null;
  elements: readonly TocElement[];
}) {
  const [from, to] = useMemo(() => acrossExtent(framing, elements), [framing, elements]);
  if (!ceiling) return null;
  const band = stageBand(framing, ceiling, from, to);
  const logic = framing === "logic";
  // Logic model: the right edge of the ceiling's band; theory of change: its top edge.
  const style = logic
    ? { transform: `translate(${band.x + band.width}px, ${from}px)`, height: to - from }
    : { transform: `translate(${from}px, ${band.y}px)`, width: to - from };
  return (
    <ViewportPortal>
      <div
        className={`toc-ceiling toc-ceiling--${logic ? "vertical" : "horizontal"}`}
        style={style}
        data-testid="accountability-ceiling"
      >
        <span className="toc-ceiling__label">
          Accountability ceiling — beyond this line the programme contributes but is not accountable
        </span>
      </div>
    </ViewportPortal>
  );
}

export const CeilingLine = memo(CeilingLineView);
