// The templates offered in the "new from template" list, in display order:
// the two blanks first, then the starters.
import { blankLogicModel } from "./blankLogicModel";
import { blankToc } from "./blankToc";
import { communityConnectors } from "./communityConnectors";
import { healthLiteracy } from "./healthLiteracy";
import { socialPrescribing } from "./socialPrescribing";
import type { TemplateSpec } from "./spec";

export type { TemplateAssumption, TemplateElement, TemplateLink, TemplateSpec } from "./spec";
export { blankLogicModel, blankToc, communityConnectors, healthLiteracy, socialPrescribing };

export const TEMPLATES: readonly TemplateSpec[] = [
  blankToc,
  blankLogicModel,
  socialPrescribing,
  communityConnectors,
  healthLiteracy,
];

/** The template with this id, or undefined. */
export function templateById(id: string): TemplateSpec | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
