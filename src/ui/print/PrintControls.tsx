// The print options as ordinary form controls: radio groups with visible
// legends and labels, and a scale list for tiles. Every one works with the
// keyboard (Tab between groups, arrow keys within one).

import {
  ORIENTATIONS,
  type Orientation,
  PAPER_IDS,
  type PaperId,
  PRINT_FITS,
  type PrintFit,
  paperLabel,
} from "../../io/print/paper";
import type { PrintOptions } from "../../io/print/types";
import { RadioGroup } from "../common/RadioGroup";

const ORIENTATION_LABELS: Record<Orientation, string> = {
  landscape: "Landscape",
  portrait: "Portrait",
};
const FIT_LABELS: Record<PrintFit, string> = {
  "one-page": "Fit on one page",
  tiles: "Tiles to tape together",
};
const SCALES = [0.5, 0.75, 1, 1.25, 1.5, 2];

export function PrintControls({
  options,
  onChange,
}: {
  options: PrintOptions;
  onChange: (options: PrintOptions) => void;
}) {
  const set = (patch: Partial<PrintOptions>) => onChange({ ...options, ...patch });
  return (
    <form
      className="print-controls"
      aria-label="Print options"
      onSubmit={(e) => e.preventDefault()}
    >
      <RadioGroup<PaperId>
        className="print-controls__group"
        legend="Paper"
        name="print-paper"
        values={PAPER_IDS}
        label={paperLabel}
        value={options.paper}
        onChange={(paper) => set({ paper })}
      />
      <RadioGroup<Orientation>
        className="print-controls__group"
        legend="Orientation"
        name="print-orientation"
        values={ORIENTATIONS}
        label={(o) => ORIENTATION_LABELS[o]}
        value={options.orientation}
        onChange={(orientation) => set({ orientation })}
      />
      <RadioGroup<PrintFit>
        className="print-controls__group"
        legend="Layout"
        name="print-fit"
        values={PRINT_FITS}
        label={(f) => FIT_LABELS[f]}
        value={options.fit}
        onChange={(fit) => set({ fit })}
      />
      {options.fit === "tiles" && (
        <div className="print-controls__group">
          <label htmlFor="print-scale">Tile size</label>
          <select
            id="print-scale"
            value={String(options.tileScale ?? 1)}
            onChange={(e) => set({ tileScale: Number(e.target.value) })}
          >
            {SCALES.map((s) => (
              <option key={s} value={String(s)}>
                {Math.round(s * 100)} % of the size on screen
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
