// Stage bands as the canvas shows them (domain/geometry stageBand), widened to
// hold their names: a column on the left in the theory-of-change framing
// (bands are rows), a strip on top in the logic model (bands are columns).
// Also the accountability ceiling, where the canvas draws it (CeilingLine):
// the top edge of the ceiling's band (theory of change) or its right edge
// (logic model), labelled in words.
import { stageBand } from "../../domain/geometry";
import { PALETTE } from "../../domain/palette";
import { FRAMINGS, type FramingId, type StageId } from "../../domain/stages";
import { BANDS, CEILING } from "./metrics";
import { wrapText } from "./text/wrap";
import type { Box, SceneBand, SceneCeiling } from "./types";

export const CEILING_LABEL =
  "Accountability ceiling — beyond this line the programme contributes but is not accountable";
export const CEILING_SHORT_LABEL = "Accountability ceiling";

/** A band's rectangle in view units, including the room for its name. */
export function bandBox(framing: FramingId, stage: StageId, from: number, to: number): Box {
  const band = stageBand(framing, stage, from, to);
  if (framing === "logic") {
    return {
      x: band.x,
      y: from - BANDS.nameStrip,
      width: band.width,
      height: to - from + BANDS.nameStrip,
    };
  }
  return {
    x: from - BANDS.nameColumn,
    y: band.y,
    width: to - from + BANDS.nameColumn,
    height: band.height,
  };
}

export function sceneBand(framing: FramingId, stage: StageId, box: Box, alt: boolean): SceneBand {
  const name = FRAMINGS[framing].stageNames[stage];
  const logic = framing === "logic";
  const width = logic ? box.width - 16 : BANDS.nameColumn - 20;
  const lines = wrapText(name, { width, fontSize: BANDS.nameSize, bold: true, maxLines: 3 });
  const height = lines.length * BANDS.nameLineHeight;
  return {
    stage,
    name,
    ...box,
    fill: alt ? PALETTE.bandFillAlt : PALETTE.bandFill,
    stroke: PALETTE.bandStroke,
    label: {
      x: logic ? box.x + 8 : box.x + 10,
      y: logic ? box.y + (BANDS.nameStrip - height) / 2 : box.y + (box.height - height) / 2,
      width,
      height,
      lines,
      fontSize: BANDS.nameSize,
      lineHeight: BANDS.nameLineHeight,
      bold: true,
      colour: PALETTE.text,
      align: logic ? "middle" : "start",
    },
  };
}

/** The ceiling line after `band` (already in drawing pixels), across `span`. */
export function sceneCeiling(
  framing: FramingId,
  band: Box,
  span: { from: number; to: number },
): SceneCeiling {
  const { labelSize: fontSize, labelLineHeight: lineHeight } = CEILING;
  const label = {
    lines: [CEILING_SHORT_LABEL],
    fontSize,
    lineHeight,
    bold: true,
    colour: PALETTE.ceiling,
    align: "middle" as const,
  };
  if (framing === "logic") {
    const x = band.x + band.width;
    const width = 170;
    return {
      x1: x,
      y1: span.from,
      x2: x,
      y2: span.to,
      label: CEILING_LABEL,
      key: null,
      labelText: {
        ...label,
        x: x - width / 2,
        y: span.from - CEILING.labelStrip + 2,
        width,
        height: lineHeight + 4,
      },
    };
  }
  // Theory of change: in the stage-name column, straddling the line.
  const width = BANDS.nameColumn - 20;
  return {
    x1: span.from,
    y1: band.y,
    x2: span.to,
    y2: band.y,
    label: CEILING_LABEL,
    key: null,
    labelText: {
      ...label,
      lines: ["Accountability", "ceiling"],
      x: span.from + 10,
      y: band.y - lineHeight - 2,
      width,
      height: 2 * lineHeight + 4,
    },
  };
}
