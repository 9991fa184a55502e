// Stages are framing-independent; a framing is only a view over them: which
// name each stage band shows and in which direction the bands run. Switching
// framing therefore never changes the document's elements.

export const STAGE_IDS = [
  "inputs",
  "activities",
  "outputs",
  "short",
  "medium",
  "long",
  "impact",
] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const FRAMING_IDS = ["toc", "logic"] as const;
export type FramingId = (typeof FRAMING_IDS)[number];

export interface Framing {
  id: FramingId;
  label: string;
  /** "up": impact at the top (backwards mapping); "right": impact on the right. */
  direction: "up" | "right";
  stageNames: Record<StageId, string>;
  summary: string;
}

export const FRAMINGS: Record<FramingId, Framing> = {
  toc: {
    id: "toc",
    label: "Theory of change",
    direction: "up",
    summary: "Backwards mapping: impact at the top, the outcomes it needs, the interventions.",
    stageNames: {
      inputs: "Resources",
      activities: "Interventions",
      outputs: "Outputs",
      short: "Early outcomes",
      medium: "Intermediate outcomes",
      long: "Long-term outcomes",
      impact: "Impact",
    },
  },
  logic: {
    id: "logic",
    label: "Logic model",
    direction: "right",
    summary: "Inputs → activities → outputs → outcomes → impact, left to right.",
    stageNames: {
      inputs: "Inputs",
      activities: "Activities",
      outputs: "Outputs",
      short: "Short-term outcomes",
      medium: "Medium-term outcomes",
      long: "Long-term outcomes",
      impact: "Impact",
    },
  },
};

export function isStageId(value: unknown): value is StageId {
  return typeof value === "string" && (STAGE_IDS as readonly string[]).includes(value);
}

export function isFramingId(value: unknown): value is FramingId {
  return typeof value === "string" && (FRAMING_IDS as readonly string[]).includes(value);
}

export function stageIndex(stage: StageId): number {
  return STAGE_IDS.indexOf(stage);
}
