// The drawing the printed pages show: the diagram renderer's SVG (the same
// drawing as the SVG export, without the embedded model), made inert for
// inlining. Invariant: the drawing is cropped below its own title block,
// because every sheet already carries the title and date in its header; the
// key at its foot stays (it is the one-page legend). A tile's copy holds only
// what shows through its window, so many tiles cost about what one page does.
import type { TocModel } from "../../domain/model";
import { buildScene, renderSvg, type SceneLegendItem } from "../diagram";
import { type ViewBox, windowScene } from "./index";
import { type InertDiagram, inertDiagram } from "./inertSvg";

export interface PrintDrawing {
  /** The drawing's printed area in its own pixels (below its title block); null if empty. */
  readonly box: ViewBox | null;
  readonly legend: readonly SceneLegendItem[];
  /** The accountability ceiling is drawn: the sheet key explains its line. */
  readonly ceiling: boolean;
  /** "Theory of change · 3 December 2026", as under the drawing's title. */
  readonly subtitle: string;
  /** The inert drawing: all of it (null), or only what shows through `window`. */
  drawingFor(window: ViewBox | null): InertDiagram | null;
}

// Pixels kept between the cropped title block and the drawing.
const GAP_BELOW_TITLE = 4;

export function diagramForPrint(model: TocModel, now: Date): PrintDrawing {
  const scene = buildScene(model, { date: now });
  const top = Math.min(
    scene.subtitleText.y + scene.subtitleText.height + GAP_BELOW_TITLE,
    scene.height - 1,
  );
  const usable = scene.width > 0 && scene.height - top > 0;
  const box = usable ? { x: 0, y: top, width: scene.width, height: scene.height - top } : null;
  let whole: InertDiagram | null | undefined;
  const drawingFor = (window: ViewBox | null): InertDiagram | null => {
    if (!box) return null;
    if (window === null && whole !== undefined) return whole;
    const parsed = inertDiagram(renderSvg(window ? windowScene(scene, window) : scene));
    const drawing = parsed && { root: parsed.root, box };
    if (window === null) whole = drawing;
    return drawing;
  };
  return {
    box,
    legend: scene.legend,
    ceiling: scene.ceiling !== null,
    subtitle: scene.subtitle,
    drawingFor,
  };
}
