// The key printed under each tile (a tile rarely shows the drawing's own key):
// the stages in order, each kind drawn in its shape and colours with its name
// written beside it, and the ceiling's dashed line, so a sheet read on its own
// still says what everything on it is.
import { FRAMINGS, type FramingId, STAGE_IDS } from "../../domain/stages";
import type { SceneLegendItem } from "../../io/diagram";
import { CEILING_SHORT_LABEL } from "../../io/diagram/bands";

function Swatch({ item }: { item: SceneLegendItem }) {
  const { x, y, width, height } = item.swatch;
  const paint = { fill: item.fill, stroke: item.stroke, strokeWidth: 1.5 };
  return (
    <svg
      className="print-legend__swatch"
      viewBox={`${x - 1} ${y - 1} ${width + 2} ${height + 2}`}
      aria-hidden="true"
    >
      {item.cornerRadius > 0 || item.shape === "rectangle" ? (
        <rect x={x} y={y} width={width} height={height} rx={item.cornerRadius} {...paint} />
      ) : (
        <polygon points={item.outline.map((p) => `${p.x},${p.y}`).join(" ")} {...paint} />
      )}
    </svg>
  );
}

export function SheetLegend({
  framing,
  legend,
  ceiling,
}: {
  framing: FramingId;
  legend: readonly SceneLegendItem[];
  ceiling: boolean;
}) {
  const names = STAGE_IDS.map((stage) => FRAMINGS[framing].stageNames[stage]);
  return (
    <div className="print-legend">
      <p>
        <span className="print-legend__heading">Stages:</span> {names.join(" → ")}
      </p>
      <ul aria-label="Key">
        {legend.map((item) => (
          <li key={item.kind}>
            <Swatch item={item} /> {item.label}
          </li>
        ))}
        {ceiling && (
          <li>
            <span className="print-legend__ceiling" aria-hidden="true" /> {CEILING_SHORT_LABEL}
          </li>
        )}
      </ul>
    </div>
  );
}
