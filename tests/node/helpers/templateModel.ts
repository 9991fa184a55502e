// A template turned into the model the editor would show, through the same
// path a file import takes (templateToImported → buildImportedState →
// docFromState → readModel). Export tests start from these real documents.
import { readModel } from "../../../src/doc/read";
import { docFromState } from "../../../src/doc/state";
import type { TocModel } from "../../../src/domain/model";
import { buildImportedState } from "../../../src/io/tocJson/importDocument";
import { socialPrescribing, type TemplateSpec } from "../../../src/templates";
import { templateToImported } from "../../../src/templates/toDocument";

export const TEMPLATE_TIME = Date.UTC(2026, 2, 4, 10, 0);

export function templateModel(spec: TemplateSpec = socialPrescribing): TocModel {
  const doc = docFromState(
    buildImportedState(templateToImported(spec, TEMPLATE_TIME), TEMPLATE_TIME),
  );
  try {
    return readModel(doc);
  } finally {
    doc.destroy();
  }
}
