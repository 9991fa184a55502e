// What the home screen lists about each template, without loading the
// templates themselves (their text is ~20 kB gzipped, so it loads only when
// one is used). Pinned to the templates by tests/node/templates/catalogue.test.ts.
import type { FramingId } from "../domain/stages";
import type { TemplateSpec } from "./spec";

export interface TemplateEntry {
  id: string;
  name: string;
  summary: string;
  framing: FramingId;
  elements: number;
  links: number;
}

export const TEMPLATE_CATALOGUE: readonly TemplateEntry[] = [
  {
    id: "blank-toc",
    name: "Blank theory of change",
    summary:
      "One impact to agree first, then work backwards to the outcomes, interventions and assumptions.",
    framing: "toc",
    elements: 1,
    links: 0,
  },
  {
    id: "blank-logic-model",
    name: "Blank logic model",
    summary:
      "One impact at the end of the chain; fill in inputs, activities, outputs and outcomes leading to it.",
    framing: "logic",
    elements: 1,
    links: 0,
  },
  {
    id: "social-prescribing",
    name: "Social prescribing in a primary care network",
    summary:
      "Link workers, 'what matters to you' conversations and the community offer, with outcomes for the person, community groups and the health and care system.",
    framing: "toc",
    elements: 34,
    links: 52,
  },
  {
    id: "community-connectors",
    name: "Community connectors (community health champions)",
    summary:
      "Local residents trained to share trusted health information, connect neighbours to help and carry communities' views back to services.",
    framing: "toc",
    elements: 29,
    links: 47,
  },
  {
    id: "health-literacy",
    name: "Health literacy programme",
    summary:
      "Frontline staff trained in teach-back and plain language, clearer and accessible information, and community sessions on finding and using health information.",
    framing: "toc",
    elements: 29,
    links: 43,
  },
];

/** The template itself, loaded on demand. */
export async function loadTemplate(id: string): Promise<TemplateSpec> {
  const { TEMPLATES } = await import("./index");
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`No template "${id}"`);
  return template;
}
