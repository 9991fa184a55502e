// The title block at the top of the diagram: the document's title (wrapped,
// at most two lines) and a subtitle with the framing, the date and, for a
// selection, how many elements it holds.
import { DEFAULT_DOCUMENT_TITLE } from "../../domain/model";
import { PALETTE } from "../../domain/palette";
import { FRAMINGS, type FramingId } from "../../domain/stages";
import { writtenDate } from "../report/text";
import { HEADER, MARGIN } from "./metrics";
import { displayText, wrapText } from "./text/wrap";
import type { TextBlock } from "./types";

export function sceneHeader(
  rawTitle: string,
  framing: FramingId,
  date: Date,
  width: number,
  selectionSize: number | null,
) {
  const title = displayText(rawTitle).text || DEFAULT_DOCUMENT_TITLE;
  const parts = [FRAMINGS[framing].label, writtenDate(date)];
  if (selectionSize !== null) {
    parts.push(
      `a selection of ${selectionSize.toLocaleString("en-GB")} element${selectionSize === 1 ? "" : "s"}`,
    );
  }
  const subtitle = parts.join(" · ");
  const room = width - 2 * MARGIN;
  const titleLines = wrapText(title, {
    width: room,
    fontSize: HEADER.titleSize,
    bold: true,
    maxLines: HEADER.maxTitleLines,
  });
  const titleText: TextBlock = {
    x: MARGIN,
    y: MARGIN,
    width: room,
    height: titleLines.length * HEADER.titleLineHeight,
    lines: titleLines,
    fontSize: HEADER.titleSize,
    lineHeight: HEADER.titleLineHeight,
    bold: true,
    colour: PALETTE.text,
    align: "start",
  };
  const subtitleText: TextBlock = {
    x: MARGIN,
    y: titleText.y + titleText.height + 2,
    width: room,
    height: HEADER.subtitleLineHeight,
    lines: wrapText(subtitle, { width: room, fontSize: HEADER.subtitleSize, maxLines: 2 }),
    fontSize: HEADER.subtitleSize,
    lineHeight: HEADER.subtitleLineHeight,
    bold: false,
    colour: PALETTE.textSecondary,
    align: "start",
  };
  subtitleText.height = subtitleText.lines.length * HEADER.subtitleLineHeight;
  return {
    title,
    subtitle,
    titleText,
    subtitleText,
    bottom: subtitleText.y + subtitleText.height + HEADER.gapBelow,
  };
}
