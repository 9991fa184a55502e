// The diagram as plain data in pixels: what to draw and where, decided once.
// renderSvg draws it as SVG; a PowerPoint exporter can draw the same scene
// with native shapes. No functions, no classes: JSON-serialisable.
import type { ElementStatus } from "../../domain/details";
import type { Point } from "../../domain/geometry";
import type { ElementKind, KindInfo } from "../../domain/kinds";
import type { FramingId, StageId } from "../../domain/stages";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of text set in a box: first baseline at y + fontSize, then every lineHeight. */
export interface TextBlock extends Box {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  bold: boolean;
  colour: string;
  align: "start" | "middle";
}

export interface SceneBand extends Box {
  stage: StageId;
  name: string;
  fill: string;
  stroke: string;
  label: TextBlock;
}

export interface SceneNode extends Box {
  id: string;
  kind: ElementKind;
  shape: KindInfo["shape"];
  /** The written kind, e.g. "Outcome" (never colour alone). */
  tag: string;
  /** The wrapped title (ellipsis after the last allowed line). */
  lines: string[];
  fill: string;
  stroke: string;
  /** The outline as a closed polygon (rounded corners as radius below). */
  outline: Point[];
  /** Corner radius for box shapes (rounded, pill, rectangle); 0 for polygons. */
  cornerRadius: number;
  status: ElementStatus;
  /** "Agreed" / "Contested"; "" when proposed (as on the canvas). */
  statusLabel: string;
  /** Beyond the accountability ceiling: written "Contributes to" in the tag line. */
  contributesTo: boolean;
  /** Tag line (kind, contributes to, status) and title, positioned. */
  tagText: TextBlock;
  titleText: TextBlock;
}

export interface SceneArrow {
  tip: Point;
  left: Point;
  right: Point;
}

export interface SceneLink {
  id: string;
  source: string;
  target: string;
  /** From the source node's edge to the target node's edge (the arrow's tip). */
  points: Point[];
  arrow: SceneArrow;
  /** Links from an assumption are dashed, as on the canvas. */
  dashed: boolean;
}

export interface SceneCeiling {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The full sentence; `labelText` is the short name drawn on the line. */
  label: string;
  labelText: TextBlock;
  /** The line explained in words in the legend (null without a legend). */
  key: { x1: number; y1: number; x2: number; y2: number; text: TextBlock } | null;
}

export interface SceneLegendItem {
  kind: ElementKind;
  label: string;
  fill: string;
  stroke: string;
  shape: KindInfo["shape"];
  swatch: Box;
  outline: Point[];
  cornerRadius: number;
  text: TextBlock;
}

export interface DiagramScene {
  width: number;
  height: number;
  framing: FramingId;
  title: string;
  subtitle: string;
  titleText: TextBlock;
  subtitleText: TextBlock;
  bands: SceneBand[];
  nodes: SceneNode[];
  links: SceneLink[];
  ceiling: SceneCeiling | null;
  legend: SceneLegendItem[];
  /** One or two sentences saying what the diagram shows (alt text). */
  description: string;
}

export interface SceneOptions {
  framing?: FramingId;
  /** A selection: only these elements and the links between them. */
  elementIds?: ReadonlySet<string>;
  /** Draw the accountability ceiling (default true; needs one set in the model). */
  ceiling?: boolean;
  legend?: boolean;
  /** The date written under the title (default: now). */
  date?: Date;
}
