// One palette for every picture of a theory of change: the canvas's kind
// colours (canvas.css `.toc-node--<kind>`), stage bands, links, the ceiling
// and text. SVG, PowerPoint and Word exporters read these, so a kind looks the
// same everywhere. Invariant (pinned by a test): every text colour keeps WCAG
// AA contrast (4.5:1) on every fill it is drawn on, and every stroke keeps 3:1
// against white, so outlines stay visible. Colour is never the only signal:
// kinds also differ by shape and a written tag.
import type { ElementKind } from "./kinds";

export interface KindColours {
  readonly fill: string;
  readonly stroke: string;
}

export const KIND_COLOURS: Readonly<Record<ElementKind, KindColours>> = {
  impact: { fill: "#fde7c8", stroke: "#8a4b00" },
  outcome: { fill: "#dcefe2", stroke: "#00632e" },
  output: { fill: "#e3ecf7", stroke: "#00428a" },
  activity: { fill: "#d6e9fb", stroke: "#005eb8" },
  input: { fill: "#ece3f3", stroke: "#5b2c83" },
  assumption: { fill: "#fff6cc", stroke: "#6b5600" },
  note: { fill: "#ffffff", stroke: "#4c6272" },
};

export const PALETTE = {
  /** Body text: titles, stage names, legend labels. */
  text: "#212b32",
  /** Secondary text: kind tags, dates, captions. */
  textSecondary: "#33424d",
  background: "#ffffff",
  /** Stage bands alternate between these two fills. */
  bandFill: "#f7f9fa",
  bandFillAlt: "#eef3f7",
  bandStroke: "#c3ccd2",
  link: "#4c6272",
  ceiling: "#212b32",
} as const;

/** Every fill text may be drawn on (checked for contrast by a test). */
export function textBackgrounds(): string[] {
  return [
    PALETTE.background,
    PALETTE.bandFill,
    PALETTE.bandFillAlt,
    ...Object.values(KIND_COLOURS).map((c) => c.fill),
  ];
}
