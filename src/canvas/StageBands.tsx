// Stage bands drawn behind the nodes. They sit in the viewport (so they pan
// and zoom with the nodes) and take no pointer events, so clicks and box
// selection reach the pane beneath. Their names are in StageLabels.
import { ViewportPortal } from "@xyflow/react";
import { memo, useMemo } from "react";
import { NODE_WIDTH, stageBand, toView } from "../domain/geometry";
import type { TocElement } from "../domain/model";
import { type FramingId, STAGE_IDS } from "../domain/stages";

/** How far the bands reach across the stages, in view units, with room to spare. */
export function acrossExtent(
  framing: FramingId,
  elements: readonly TocElement[],
): [number, number] {
  let min = 0;
  let max = 600;
  for (const el of elements) {
    const v = toView(framing, el.position);
    const across = framing === "logic" ? v.y : v.x;
    min = Math.min(min, across);
    max = Math.max(max, across);
  }
  const pad = 3000;
  return [min - pad, max + pad + NODE_WIDTH];
}

function StageBandsView({
  framing,
  elements,
}: {
  framing: FramingId;
  elements: readonly TocElement[];
}) {
  const [from, to] = useMemo(() => acrossExtent(framing, elements), [framing, elements]);
  return (
    <ViewportPortal>
      <div className={`toc-bands toc-bands--${framing}`} aria-hidden="true">
        {STAGE_IDS.map((stage, i) => {
          const band = stageBand(framing, stage, from, to);
          return (
            <div
              key={stage}
              className={`toc-band${i % 2 ? " toc-band--alt" : ""}`}
              style={{
                transform: `translate(${band.x}px, ${band.y}px)`,
                width: band.width,
                height: band.height,
              }}
            />
          );
        })}
      </div>
    </ViewportPortal>
  );
}

export const StageBands = memo(StageBandsView);
