// Maps the scene's pixels onto the slide: one uniform scale (inches per
// pixel) so shapes keep their proportions, fitted to the area between the
// slide title and the legend strip, centred across. The scene's own title,
// subtitle and legend are left out: the slide draws those itself at a
// readable size, whatever the diagram's scale.
import type { Box, DiagramScene } from "../../diagram";

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface SlideFit {
  inchX(px: number): number;
  inchY(py: number): number;
  /** A scene length in inches. */
  inches(px: number): number;
  /** A scene font size (px) in points, never below PowerPoint's 1 pt. */
  points(px: number): number;
  /** A scene line width (px) in points: thinner than 1 pt on a large diagram, so outlines do not swamp it. */
  stroke(px: number): number;
  /** Whether text of this scene size is at least 1 pt on the slide (PowerPoint's smallest). */
  fitsText(px: number): boolean;
}

const SMALLEST_PT = 1;

function bounds(scene: DiagramScene): Box {
  const boxes: Box[] = [...scene.bands, ...scene.nodes];
  if (scene.ceiling) {
    const { x1, y1, x2, y2 } = scene.ceiling;
    boxes.push({ x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: 0 });
    boxes.push(scene.ceiling.labelText);
  }
  for (const band of scene.bands) boxes.push(band.label);
  if (boxes.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

export function fitScene(scene: DiagramScene, area: Area): SlideFit {
  const box = bounds(scene);
  const scale = Math.min(area.w / box.width, area.h / box.height);
  const left = area.x + (area.w - box.width * scale) / 2;
  return {
    inchX: (px) => left + (px - box.x) * scale,
    inchY: (py) => area.y + (py - box.y) * scale,
    inches: (px) => px * scale,
    points: (px) => Math.max(SMALLEST_PT, Math.round(px * scale * 72 * 10) / 10),
    stroke: (px) => Math.min(3, Math.max(0.1, Math.round(px * scale * 72 * 100) / 100)),
    fitsText: (px) => px * scale * 72 >= SMALLEST_PT,
  };
}
