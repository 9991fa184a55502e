// The key at the foot of the diagram: one entry per kind drawn (its shape,
// colours and name), then the ceiling's dashed line explained in words. Rows
// wrap to the drawing's width.
import { ELEMENT_KINDS, type ElementKind, KINDS } from "../../domain/kinds";
import { KIND_COLOURS, PALETTE } from "../../domain/palette";
import { LEGEND } from "./metrics";
import { cornerRadiusOf, outlineOf } from "./shapes";
import { textWidth } from "./text/measure";
import { wrapText } from "./text/wrap";
import type { SceneCeiling, SceneLegendItem, TextBlock } from "./types";

interface Placed {
  items: SceneLegendItem[];
  ceilingKey: SceneCeiling["key"];
  bottom: number;
}

function text(x: number, y: number, width: number, lines: string[]): TextBlock {
  return {
    x,
    y: y + (LEGEND.swatchHeight - LEGEND.lineHeight) / 2,
    width,
    height: LEGEND.lineHeight * lines.length,
    lines,
    fontSize: LEGEND.textSize,
    lineHeight: LEGEND.lineHeight,
    bold: false,
    colour: PALETTE.text,
    align: "start",
  };
}

export function placeLegend(
  kinds: ReadonlySet<ElementKind>,
  ceilingText: string | null,
  area: { x: number; y: number; width: number },
): Placed {
  let x = area.x;
  let y = area.y;
  const right = area.x + area.width;
  // Moves to the next row when an entry `width` wide does not fit on this one.
  const claim = (width: number) => {
    if (x > area.x && x + width > right) {
      x = area.x;
      y += LEGEND.swatchHeight + LEGEND.rowGap;
    }
    const at = { x, y };
    x += width + LEGEND.itemGap;
    return at;
  };
  const items: SceneLegendItem[] = [];
  for (const kind of ELEMENT_KINDS) {
    if (!kinds.has(kind)) continue;
    const { label, shape } = KINDS[kind];
    const labelWidth = textWidth(label, LEGEND.textSize);
    const at = claim(LEGEND.swatchWidth + LEGEND.textGap + labelWidth);
    const swatch = { ...at, width: LEGEND.swatchWidth, height: LEGEND.swatchHeight };
    items.push({
      kind,
      label,
      shape,
      ...KIND_COLOURS[kind],
      swatch,
      outline: outlineOf(shape, swatch),
      cornerRadius: Math.min(cornerRadiusOf(shape, swatch), 8),
      text: text(at.x + LEGEND.swatchWidth + LEGEND.textGap, at.y, labelWidth, [label]),
    });
  }
  let ceilingKey: SceneCeiling["key"] = null;
  let bottom = y + LEGEND.swatchHeight;
  if (ceilingText) {
    const room = area.width - LEGEND.swatchWidth - LEGEND.textGap;
    const lines = wrapText(ceilingText, { width: room, fontSize: LEGEND.textSize, maxLines: 3 });
    const labelWidth = Math.max(...lines.map((l) => textWidth(l, LEGEND.textSize)));
    const at = claim(LEGEND.swatchWidth + LEGEND.textGap + labelWidth);
    const mid = at.y + LEGEND.swatchHeight / 2;
    ceilingKey = {
      x1: at.x,
      y1: mid,
      x2: at.x + LEGEND.swatchWidth,
      y2: mid,
      text: text(at.x + LEGEND.swatchWidth + LEGEND.textGap, at.y, labelWidth, lines),
    };
    bottom = Math.max(at.y + LEGEND.swatchHeight, ceilingKey.text.y + ceilingKey.text.height);
  }
  const any = items.length > 0 || ceilingKey !== null;
  return { items, ceilingKey, bottom: any ? bottom : area.y - LEGEND.gapAbove };
}
