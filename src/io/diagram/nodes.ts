// One element as a scene node: its size from its wrapped title (the height
// grows with the lines, capped at NODE.maxTitleLines), its outline and its
// written tag line ("Outcome · Contributes to · Contested").
import { STATUS_LABELS } from "../../domain/details";
import { NODE_WIDTH, type Point } from "../../domain/geometry";
import { KINDS } from "../../domain/kinds";
import type { TocElement } from "../../domain/model";
import { KIND_COLOURS, PALETTE } from "../../domain/palette";
import { NODE } from "./metrics";
import { cornerRadiusOf, outlineOf, TEXT_INSET } from "./shapes";
import { wrapText } from "./text/wrap";
import type { SceneNode } from "./types";

export interface NodeText {
  tagLines: string[];
  titleLines: string[];
  height: number;
}

export function nodeTagLine(element: TocElement, contributesTo: boolean): string {
  const parts = [KINDS[element.kind].tag];
  if (contributesTo) parts.push("Contributes to");
  if (element.status !== "proposed") parts.push(STATUS_LABELS[element.status]);
  return parts.join(" · ");
}

/** The height of the tag and title lines with the gap between them. */
function contentHeight(tagLines: readonly string[], titleLines: readonly string[]): number {
  return tagLines.length * NODE.tagLineHeight + NODE.gap + titleLines.length * NODE.titleLineHeight;
}

/** The wrapped text of a node and the height it needs. */
export function measureNode(element: TocElement, contributesTo: boolean): NodeText {
  const width = NODE_WIDTH - 2 * TEXT_INSET[element.kind];
  const tagLines = wrapText(nodeTagLine(element, contributesTo), {
    width,
    fontSize: NODE.tagSize,
    bold: true,
    maxLines: NODE.maxTagLines,
  });
  const titleLines = wrapText(element.title.trim() ? element.title : "Untitled", {
    width,
    fontSize: NODE.titleSize,
    maxLines: NODE.maxTitleLines,
  });
  const content = contentHeight(tagLines, titleLines);
  return {
    tagLines,
    titleLines,
    height: Math.max(NODE.minHeight, NODE.padTop + content + NODE.padBottom),
  };
}

/** The node with its top-left corner at `at` (already in drawing pixels). */
export function sceneNode(
  element: TocElement,
  text: NodeText,
  at: Point,
  contributesTo: boolean,
): SceneNode {
  const { kind } = element;
  const box = { x: at.x, y: at.y, width: NODE_WIDTH, height: text.height };
  const inset = TEXT_INSET[kind];
  const content = contentHeight(text.tagLines, text.titleLines);
  // Short content sits in the middle of the minimum height, as a label would.
  const top = box.y + Math.max(NODE.padTop, (box.height - content) / 2);
  const tagHeight = text.tagLines.length * NODE.tagLineHeight;
  const textBox = { x: box.x + inset, width: box.width - 2 * inset };
  return {
    id: element.id,
    kind,
    shape: KINDS[kind].shape,
    tag: KINDS[kind].tag,
    lines: text.titleLines,
    ...box,
    fill: KIND_COLOURS[kind].fill,
    stroke: KIND_COLOURS[kind].stroke,
    outline: outlineOf(KINDS[kind].shape, box),
    cornerRadius: cornerRadiusOf(KINDS[kind].shape, box),
    status: element.status,
    statusLabel: element.status === "proposed" ? "" : STATUS_LABELS[element.status],
    contributesTo,
    tagText: {
      ...textBox,
      y: top,
      height: tagHeight,
      lines: text.tagLines,
      fontSize: NODE.tagSize,
      lineHeight: NODE.tagLineHeight,
      bold: true,
      colour: PALETTE.textSecondary,
      align: "start",
    },
    titleText: {
      ...textBox,
      y: top + tagHeight + NODE.gap,
      height: text.titleLines.length * NODE.titleLineHeight,
      lines: text.titleLines,
      fontSize: NODE.titleSize,
      lineHeight: NODE.titleLineHeight,
      bold: false,
      colour: PALETTE.text,
      align: "start",
    },
  };
}
