// Which stage a column heading of a hand-made logic model names: either
// framing's stage names, the stage codes, and the variants people write
// ("Outcomes", "Resources", "Goal"…), ignoring case and punctuation. Also
// which framing the headings suggest: ToC-only names vote for the theory of
// change, logic-only names for the logic model. A column of assumptions is
// recognised too.
import { FRAMINGS, type FramingId, STAGE_IDS, type StageId } from "../../domain/stages";
import { normaliseHeading } from "./tables";

const VARIANTS: Record<StageId, readonly string[]> = {
  inputs: ["input", "resource", "resources", "inputs and resources"],
  activities: ["activity", "intervention", "interventions", "what we do"],
  outputs: ["output"],
  short: [
    "outcomes",
    "outcome",
    "short term",
    "short-term outcome",
    "early outcome",
    "immediate outcomes",
    "initial outcomes",
  ],
  medium: ["medium term", "medium-term outcome", "intermediate outcome", "intermediate"],
  long: ["long term", "long-term outcome", "longer-term outcomes"],
  impact: [
    "impacts",
    "goal",
    "goals",
    "long-term goal",
    "long term goals",
    "ultimate goal",
    "aim",
    "vision",
  ],
};

const STAGE_OF = new Map<string, StageId>();
const FRAMING_OF = new Map<string, FramingId>();
for (const stage of STAGE_IDS) {
  for (const text of [stage, ...VARIANTS[stage]]) STAGE_OF.set(normaliseHeading(text), stage);
  const toc = normaliseHeading(FRAMINGS.toc.stageNames[stage]);
  const logic = normaliseHeading(FRAMINGS.logic.stageNames[stage]);
  STAGE_OF.set(toc, stage);
  STAGE_OF.set(logic, stage);
  if (toc !== logic) {
    FRAMING_OF.set(toc, "toc");
    FRAMING_OF.set(logic, "logic");
  }
}

export function stageOfHeading(heading: string): StageId | undefined {
  return STAGE_OF.get(normaliseHeading(heading));
}

const ASSUMPTION_HEADINGS = new Set(
  ["Assumptions", "Assumption", "Key assumptions"].map(normaliseHeading),
);

/** A column of assumptions: its items become assumption elements (not staged). */
export function isAssumptionHeading(heading: string): boolean {
  return ASSUMPTION_HEADINGS.has(normaliseHeading(heading));
}

/** The framing whose own stage names the headings use more; the logic model on a tie. */
export function framingOfHeadings(headings: readonly string[]): FramingId {
  let toc = 0;
  let logic = 0;
  for (const heading of headings) {
    const framing = FRAMING_OF.get(normaliseHeading(heading));
    if (framing === "toc") toc++;
    if (framing === "logic") logic++;
  }
  return toc > logic ? "toc" : "logic";
}
