// Stage names pinned to the edge of the screen, level with their bands, so
// they stay readable however the canvas is panned or zoomed.

import { useViewport } from "@xyflow/react";
import { memo } from "react";
import { stageBand } from "../domain/geometry";
import { FRAMINGS, type FramingId, STAGE_IDS } from "../domain/stages";

function StageLabelsView({ framing }: { framing: FramingId }) {
  const { x, y, zoom } = useViewport();
  const names = FRAMINGS[framing].stageNames;
  return (
    <div className={`toc-stage-labels toc-stage-labels--${framing}`} aria-hidden="true">
      {STAGE_IDS.map((stage) => {
        const band = stageBand(framing, stage, 0, 0);
        const style =
          framing === "logic"
            ? { left: band.x * zoom + x, width: band.width * zoom }
            : { top: band.y * zoom + y, height: band.height * zoom };
        return (
          <div key={stage} className="toc-stage-label" style={style}>
            <span>{names[stage]}</span>
          </div>
        );
      })}
    </div>
  );
}

export const StageLabels = memo(StageLabelsView);
