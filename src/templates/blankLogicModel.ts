// Blank logic model: one impact at the right-hand end, nothing else. A logic
// model is read left to right, but groups still agree where they are heading
// before listing inputs and activities, so the one element is that question.
import type { TemplateSpec } from "./spec";

export const blankLogicModel: TemplateSpec = {
  id: "blank-logic-model",
  name: "Blank logic model",
  summary:
    "One impact at the end of the chain; fill in inputs, activities, outputs and outcomes leading to it.",
  framing: "logic",
  title: "Our logic model",
  note:
    "A starting point, not a finished logic model: it holds one impact for the group to reword first. " +
    "The layout follows the logic model set out in the W.K. Kellogg Foundation's logic model development guide: " +
    "inputs, then activities, then outputs, then short, medium and long-term outcomes, then impact. " +
    "Agree the impact, then the outcomes that lead to it, then the activities, outputs and inputs that make those outcomes likely. " +
    "Add an indicator for every outcome and note the external factors that could help or hinder. " +
    "Change first: the impact's title, in words the residents in the room would use.",
  groups: [],
  elements: [
    {
      ref: "impact",
      kind: "impact",
      stage: "impact",
      title: "The long-term change this work contributes to",
      description:
        "Reword this together before anything else. In one sentence: who will be better off, in what way, and where? " +
        "Then fill the columns to its left: the outcomes that must come first, the activities and outputs that cause them, " +
        "and the inputs (people, money, places) the activities need.",
    },
  ],
  links: [],
};
