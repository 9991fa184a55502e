// The key printed under each tile (a tile rarely shows the diagram's own
// legend): the stages in order and each kind by its icon and written name, so
// a sheet read on its own still says what every shape is.
import type { ElementKind } from "../../domain/kinds";
import { KINDS } from "../../domain/kinds";
import { FRAMINGS, type FramingId, STAGE_IDS } from "../../domain/stages";

export function SheetLegend({
  framing,
  kinds,
}: {
  framing: FramingId;
  kinds: readonly ElementKind[];
}) {
  const names = STAGE_IDS.map((stage) => FRAMINGS[framing].stageNames[stage]);
  return (
    <div className="print-legend">
      <p>
        <span className="print-legend__heading">Stages:</span> {names.join(" → ")}
      </p>
      <ul aria-label="Kinds of element">
        {kinds.map((kind) => (
          <li key={kind} className={`print-legend__kind print-legend__kind--${kind}`}>
            <span aria-hidden="true">{KINDS[kind].icon}</span> {KINDS[kind].tag}
          </li>
        ))}
      </ul>
    </div>
  );
}
