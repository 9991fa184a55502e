// The legend strip under the diagram: each kind's shape in its colours beside
// its written name, at 12 pt whatever the diagram's scale, plus how an
// arrow reads. Laid out left to right by estimated text width.
import type PptxGenJS from "pptxgenjs";
import type { SceneLegendItem } from "../../diagram";
import { MARGIN, MUTED_COLOUR, SLIDE_WIDTH, SMALL_PT, TEXT_COLOUR, TYPEFACE } from "../deck";
import { estimateTextWidth } from "../measure";
import { slideText } from "../text";
import { hexColour } from "./colour";
import { PRESET_SHAPES } from "./nodeShapes";

export const LEGEND_HEIGHT = 0.35;
const SWATCH_W = 0.42;
const SWATCH_H = 0.26;
const GAP = 0.08;
const ITEM_GAP = 0.3;

export function addLegend(
  slide: PptxGenJS.Slide,
  items: readonly SceneLegendItem[],
  top: number,
): void {
  let x = MARGIN;
  for (const item of items) {
    const label = slideText(item.label);
    slide.addShape(PRESET_SHAPES[item.shape] ?? "rect", {
      x,
      y: top + (LEGEND_HEIGHT - SWATCH_H) / 2,
      w: SWATCH_W,
      h: SWATCH_H,
      fill: { color: hexColour(item.fill, "FFFFFF") },
      line: { color: hexColour(item.stroke), width: 1 },
      objectName: slideText(`Legend shape: ${label}`),
    });
    const width = estimateTextWidth(label, SMALL_PT) + 0.1;
    slide.addText(label, {
      x: x + SWATCH_W + GAP,
      y: top,
      w: width,
      h: LEGEND_HEIGHT,
      ...TYPEFACE,
      fontSize: SMALL_PT,
      color: TEXT_COLOUR,
      valign: "middle",
      margin: 0,
      objectName: slideText(`Legend: ${label}`),
    });
    x += SWATCH_W + GAP + width + ITEM_GAP;
  }
  slide.addText("Arrow: leads to", {
    x,
    y: top,
    w: Math.max(1, SLIDE_WIDTH - MARGIN - x),
    h: LEGEND_HEIGHT,
    ...TYPEFACE,
    fontSize: SMALL_PT,
    color: MUTED_COLOUR,
    valign: "middle",
    margin: 0,
    objectName: "Legend: links",
  });
}
