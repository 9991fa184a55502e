// The report's chapters, each a Heading 1 with what belongs under it. Each
// says which page orientation suits it: the diagram and the wide tables go
// on landscape pages, prose on portrait ones.
import type { Paragraph, Table } from "docx";
import type { Report } from "../report";
import { SECTION_TITLES } from "../report/sections";
import { diagramParagraphs } from "./diagram";
import type { DocxOptions } from "./options";
import { LANDSCAPE_WIDTH, MUTED } from "./styles";
import { wordTable } from "./table";
import { bullet, heading, para, runs } from "./text";
import type { ContentsEntry } from "./titlePage";

export interface Chapter {
  readonly title: string;
  readonly landscape: boolean;
  /** Heading 2 titles, for the contents. */
  readonly subheadings: readonly string[];
  readonly children: readonly (Paragraph | Table)[];
}

export function chapters(report: Report, options: DocxOptions): Chapter[] {
  const { sections } = options;
  const { tables } = report;
  const list: (Chapter | null)[] = [
    sections.diagram && options.diagram ? diagramChapter(report, options) : null,
    sections.narrative ? narrativeChapter(report) : null,
    sections.outcomes
      ? chapter(SECTION_TITLES.outcomes, true, [], [wordTable(tables.outcomes, LANDSCAPE_WIDTH)])
      : null,
    sections.assumptions
      ? chapter(
          SECTION_TITLES.assumptions,
          true,
          ["Assumptions", "Evidence", "Links and their rationale"],
          [
            heading("Assumptions", 2),
            wordTable(tables.assumptions, LANDSCAPE_WIDTH),
            heading("Evidence", 2),
            wordTable(tables.evidence, LANDSCAPE_WIDTH),
            heading("Links and their rationale", 2),
            wordTable(tables.links, LANDSCAPE_WIDTH),
          ],
        )
      : null,
    sections.activities
      ? chapter(
          SECTION_TITLES.activities,
          true,
          [],
          [wordTable(tables.activities, LANDSCAPE_WIDTH)],
        )
      : null,
    sections.stakeholders
      ? chapter(
          SECTION_TITLES.stakeholders,
          true,
          [],
          [wordTable(tables.stakeholders, LANDSCAPE_WIDTH)],
        )
      : null,
    sections.quality ? qualityChapter(report) : null,
  ];
  return list.filter((c): c is Chapter => c !== null);
}

export function contentsEntries(list: readonly Chapter[]): ContentsEntry[] {
  return list.flatMap((c) => [
    { title: c.title, level: 1 as const },
    ...c.subheadings.map((title) => ({ title, level: 2 as const })),
  ]);
}

function chapter(
  title: string,
  landscape: boolean,
  subheadings: string[],
  children: (Paragraph | Table)[],
): Chapter {
  return { title, landscape, subheadings, children };
}

function diagramChapter(report: Report, options: DocxOptions): Chapter | null {
  const image = options.diagram ? diagramParagraphs(options.diagram, report.title) : null;
  return image ? chapter(SECTION_TITLES.diagram, true, [], image) : null;
}

function narrativeChapter(report: Report): Chapter {
  const children: (Paragraph | Table)[] = report.overview.map((p) => para(p));
  if (report.ceiling) {
    children.push(para(`Accountability ceiling: ${report.ceiling}`, { italics: true }));
  }
  if (report.pathways.length === 0) children.push(para("There is nothing to narrate yet."));
  for (const pathway of report.pathways) {
    children.push(heading(pathway.title, 2), ...pathway.narrative.map((p) => para(p)));
  }
  return chapter(
    SECTION_TITLES.narrative,
    false,
    report.pathways.map((p) => p.title),
    children,
  );
}

function qualityChapter(report: Report): Chapter {
  const { quality } = report;
  const children: (Paragraph | Table)[] = [para(quality.summary)];
  const subheadings: string[] = [];
  for (const group of quality.groups) {
    subheadings.push(group.heading);
    children.push(
      heading(group.heading, 2),
      para(group.explanation, { italics: true, color: MUTED }),
    );
    for (const f of group.open) children.push(bullet(runs(f.text)));
    for (const f of group.dismissed) {
      children.push(bullet([...runs("Dismissed: ", { bold: true }), ...runs(f.text)]));
    }
  }
  return chapter(SECTION_TITLES.quality, false, subheadings, children);
}
