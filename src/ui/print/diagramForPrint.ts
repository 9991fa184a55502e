// The drawing every printed page shows: the diagram renderer's SVG (the same
// file as the SVG export, without the embedded model), made inert for inlining.
// Invariant: the drawing is cropped below its own title block, because every
// sheet already carries the title and date in its header; the key at its foot
// stays (it is the one-page legend).
import type { TocModel } from "../../domain/model";
import { buildScene, renderSvg, type SceneLegendItem } from "../../io/diagram";
import { type InertDiagram, inertDiagram } from "./inertSvg";

export interface PrintDrawing {
  diagram: InertDiagram | null;
  legend: readonly SceneLegendItem[];
  /** The accountability ceiling is drawn: the sheet key explains its line. */
  ceiling: boolean;
  /** "Theory of change" / "Logic model" and the date, as under the drawing's title. */
  subtitle: string;
}

// Pixels kept between the cropped title block and the drawing.
const GAP_BELOW_TITLE = 4;

export function diagramForPrint(model: TocModel, now: Date): PrintDrawing {
  const scene = buildScene(model, { date: now });
  const parsed = inertDiagram(renderSvg(scene));
  const top = Math.min(
    scene.subtitleText.y + scene.subtitleText.height + GAP_BELOW_TITLE,
    scene.height - 1,
  );
  const diagram = parsed && {
    root: parsed.root,
    box: {
      x: parsed.box.x,
      y: parsed.box.y + top,
      width: parsed.box.width,
      height: parsed.box.height - top,
    },
  };
  return {
    diagram,
    legend: scene.legend,
    ceiling: scene.ceiling !== null,
    subtitle: scene.subtitle,
  };
}
