// Blank theory of change: one impact to work backwards from, nothing else.
// A facilitator starts a backwards-mapping workshop by agreeing the long-term
// change, so the one element is that question, ready to be reworded.
import type { TemplateSpec } from "./spec";

export const blankToc: TemplateSpec = {
  id: "blank-toc",
  name: "Blank theory of change",
  summary:
    "One impact to agree first, then work backwards to the outcomes, interventions and assumptions.",
  framing: "toc",
  title: "Our theory of change",
  note:
    "A starting point, not a finished theory of change: it holds one impact for the group to reword first. " +
    "Then work backwards, as in the backwards-mapping method developed by ActKnowledge: ask what must be true just before the impact can happen, " +
    "and keep asking until you reach changes the partnership can bring about. " +
    "Add the interventions that cause those changes, the assumptions behind each arrow, and an indicator for every outcome. " +
    "Change first: the impact's title, in words the residents in the room would use.",
  groups: [],
  elements: [
    {
      ref: "impact",
      kind: "impact",
      stage: "impact",
      title: "The long-term change we want",
      description:
        "Reword this together before anything else. In one sentence: who will be better off, in what way, and where? " +
        "For example, a change in residents' health, wellbeing or circumstances, not a service the partnership will run. " +
        "Then ask: what must be true before this can happen?",
    },
  ],
  links: [],
};
