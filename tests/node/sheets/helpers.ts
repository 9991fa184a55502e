// Shared fixtures for the spreadsheet tests: the social-prescribing template
// as the editor's model, a hostile model built through the real commands, and
// the comparison every round trip uses (the *.toc.json envelope without its
// export time).
import { insertFragment, updateElement } from "../../../src/doc/commands";
import { addDetail, setStakeholderRole } from "../../../src/doc/detailCommands";
import { readModel } from "../../../src/doc/read";
import {
  addStakeholder,
  createGroup,
  dismissFinding,
  setCeiling,
} from "../../../src/doc/registerCommands";
import { docFromState } from "../../../src/doc/state";
import type { TocModel } from "../../../src/domain/model";
import { toEnvelope } from "../../../src/io/tocJson/format";
import { buildImportedState } from "../../../src/io/tocJson/importDocument";
import type { ImportResult } from "../../../src/io/tocJson/parse";
import { socialPrescribing } from "../../../src/templates";
import { templateToImported } from "../../../src/templates/toDocument";
import { HOSTILE_UNICODE } from "../helpers/hostile";
import { TEMPLATE_TIME, templateModel } from "../helpers/templateModel";

export const NOW = new Date("2026-12-03T09:30:00.000Z");

/** Texts a spreadsheet could take for formulas, plus TESTING.md item 5. */
export const HOSTILE_TEXTS = [
  "=cmd|' /C calc'!A0",
  "+1",
  "-1",
  "@SUM(1)",
  "'=1+1",
  "'just quoted",
  "''double",
  "\t=tabbed",
  "<script>alert(1)</script> & ]]> \"quotes\" 'single'",
  ...HOSTILE_UNICODE,
  'commas, "quotes", and; semicolons',
  "  padded on both sides  ",
  "_x000D_ looks like an Office escape _x0041_",
];

/** The model as *.toc.json would write it, without the export time. */
export function envelopeOf(model: TocModel) {
  const { exportedAt: _ignored, ...rest } = toEnvelope(model, NOW, "test");
  return rest;
}

/** An import result made into a document and read back, as the app would open it. */
export function openImported(result: ImportResult): TocModel {
  if (!result.ok) throw new Error(result.message);
  const doc = docFromState(buildImportedState(result.document, TEMPLATE_TIME));
  try {
    return readModel(doc);
  } finally {
    doc.destroy();
  }
}

export function hostileModel(): TocModel {
  const doc = docFromState(
    buildImportedState(templateToImported(socialPrescribing, TEMPLATE_TIME), TEMPLATE_TIME),
  );
  try {
    const before = readModel(doc);
    const [first, second, third] = before.elements;
    const hostile = HOSTILE_TEXTS;
    insertFragment(doc, {
      elements: [
        {
          id: "-minus-first",
          kind: "outcome",
          stage: "medium",
          title: '=HYPERLINK("https://example.com","click")',
          description: `${"1 MB of text, ".repeat(70_000)}\nend`,
          position: { x: -0.5, y: 123.456789 },
        },
      ],
      links: [
        { id: "--link", source: "-minus-first", target: first.id, rationale: "-1\r\nline two" },
      ],
    });
    hostile.forEach((text, i) => {
      const target = before.elements[i % before.elements.length];
      updateElement(doc, target.id, {
        title: `${text} ${i}`,
        description: `${text}\nsecond line, with "quotes"\r\nthird`,
        owner: hostile[(i + 1) % hostile.length],
        tags: [hostile[(i + 2) % hostile.length].slice(0, 30), "-tag"],
      });
      addDetail(doc, target.id, "assumptions", { text, confidence: "low" });
      addDetail(doc, target.id, "indicators", {
        measure: text,
        population: "+44 people",
        baseline: "-3",
        target: "@team",
        threshold: "=1",
        byWhen: "March 2027",
        dataSource: text,
      });
    });
    const linkId = before.links[0].id;
    addDetail(doc, linkId, "evidence", {
      title: "=2+2",
      url: "https://example.org/a?b=c&d='e'",
      type: "lived-experience",
      strength: "weak",
    });
    addDetail(doc, "--link", "assumptions", { text: "+ on a link", confidence: "high" });
    createGroup(doc, "=Group @one", [second.id, third.id]);
    const stakeholder = addStakeholder(doc, '-Ward councillors, "east"') as string;
    setStakeholderRole(doc, second.id, stakeholder, "challenged");
    setStakeholderRole(doc, second.id, "sh-residents", "endorsed");
    setCeiling(doc, "medium");
    dismissFinding(doc, {
      key: "=finding:a,b",
      reason: "@reason\nline",
      by: "+Ana",
      at: 1_700_000_000_123,
    });
    return readModel(doc);
  } finally {
    doc.destroy();
  }
}

export { templateModel };
