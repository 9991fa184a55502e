// Element kinds and what each looks like. Kinds are told apart by shape, icon
// and a written label — never by colour alone (WCAG 1.4.1).
import type { StageId } from "./stages";

export const ELEMENT_KINDS = [
  "impact",
  "outcome",
  "output",
  "activity",
  "input",
  "assumption",
  "note",
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export interface KindInfo {
  label: string;
  /** Short word shown on the node so shape and colour are never the only signal. */
  tag: string;
  /** One glyph used as an icon beside the tag. */
  icon: string;
  shape: "hexagon" | "rounded" | "rectangle" | "parallelogram" | "pill" | "diamond" | "folded";
  /** Stages this kind may sit in; the first is the default. Empty = not staged. */
  stages: readonly StageId[];
  description: string;
}

export const KINDS: Record<ElementKind, KindInfo> = {
  impact: {
    label: "Impact",
    tag: "Impact",
    icon: "★",
    shape: "hexagon",
    stages: ["impact"],
    description: "The long-term change the partnership wants to see.",
  },
  outcome: {
    label: "Outcome",
    tag: "Outcome",
    icon: "◎",
    shape: "rounded",
    stages: ["short", "medium", "long"],
    description: "A change that must happen first (a precondition).",
  },
  output: {
    label: "Output",
    tag: "Output",
    icon: "▣",
    shape: "rectangle",
    stages: ["outputs"],
    description: "What the activities produce, counted directly.",
  },
  activity: {
    label: "Activity",
    tag: "Activity",
    icon: "▶",
    shape: "parallelogram",
    stages: ["activities"],
    description: "An intervention the programme carries out.",
  },
  input: {
    label: "Input",
    tag: "Input",
    icon: "⛁",
    shape: "pill",
    stages: ["inputs"],
    description: "A resource the programme needs: people, money, places.",
  },
  assumption: {
    label: "Assumption",
    tag: "Assumption",
    icon: "?",
    shape: "diamond",
    stages: [],
    description: "Something believed to hold for a link or element to work.",
  },
  note: {
    label: "Note",
    tag: "Note",
    icon: "✎",
    shape: "folded",
    stages: [],
    description: "A free note for the workshop.",
  },
};

export function isElementKind(value: unknown): value is ElementKind {
  return typeof value === "string" && (ELEMENT_KINDS as readonly string[]).includes(value);
}

export function defaultStage(kind: ElementKind): StageId | null {
  return KINDS[kind].stages[0] ?? null;
}

/** The stage an element of this kind ends up in when asked for `wanted`. */
export function fitStage(kind: ElementKind, wanted: unknown): StageId | null {
  const allowed = KINDS[kind].stages;
  return allowed.find((s) => s === wanted) ?? defaultStage(kind);
}
