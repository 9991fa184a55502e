// The list of quality checks, in the order their findings are reported, with
// a short label and a one-sentence explanation for the checks panel.
// Invariant (pinned by tests): every CheckId appears exactly once in CHECKS.

export const CHECK_IDS = [
  "outcome-without-indicator",
  "link-without-rationale",
  "unconnected-element",
  "activity-without-outcome",
  "outcome-without-path-to-impact",
  "cycle",
  "no-impact",
  "outcome-worded-as-activity",
  "duplicate-title",
  "single-precondition",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckInfo {
  readonly id: CheckId;
  readonly label: string;
  readonly explanation: string;
}

export const CHECKS: readonly CheckInfo[] = [
  {
    id: "outcome-without-indicator",
    label: "Outcome without an indicator",
    explanation: "Every outcome needs at least one indicator, so you can tell whether it happened.",
  },
  {
    id: "link-without-rationale",
    label: "Link without a rationale",
    explanation:
      "Each link should say why the cause leads to the effect, with a rationale or an assumption.",
  },
  {
    id: "unconnected-element",
    label: "Element not connected",
    explanation:
      "Every resource, activity, output, outcome and impact should be linked into a pathway.",
  },
  {
    id: "activity-without-outcome",
    label: "Activity that leads to no outcome",
    explanation: "Each activity should lead, directly or through outputs, to at least one outcome.",
  },
  {
    id: "outcome-without-path-to-impact",
    label: "Outcome with no path to the impact",
    explanation: "Each outcome should lead, through later outcomes, to the impact.",
  },
  {
    id: "cycle",
    label: "Loop",
    explanation: "Links that lead back to where they started make it unclear what causes what.",
  },
  {
    id: "no-impact",
    label: "No impact or long-term outcome",
    explanation:
      "A theory of change works back from the long-term change it wants, so it needs an impact or a long-term outcome.",
  },
  {
    id: "outcome-worded-as-activity",
    label: "Outcome worded as an activity",
    explanation:
      'An outcome names a change ("More residents…", "Reduced…"), not something the programme does.',
  },
  {
    id: "duplicate-title",
    label: "Duplicate titles",
    explanation: "Elements with the same title may be the same thing entered twice.",
  },
  {
    id: "single-precondition",
    label: "Single precondition",
    explanation:
      "An outcome that rests on one precondition only: check that it is sufficient on its own.",
  },
];
