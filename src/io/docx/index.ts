// The Word report: buildDocxBytes(report, options) → the .docx file's bytes. Load this module with a dynamic import(): the docx package is
// large. Structure: a portrait title page and contents, then one chapter per
// chosen section, each opening with a Heading 1; consecutive chapters that
// share an orientation share a Word section (a new page where it changes),
// and every later chapter in a section starts on a new page.
import {
  AlignmentType,
  Document,
  Footer,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import type { Report } from "../report";
import { capText } from "../report/text";
import { type Chapter, chapters, contentsEntries } from "./body";
import type { DocxOptions } from "./options";
import { A4_LONG, A4_SHORT, MARGIN, MUTED, STYLES } from "./styles";
import { heading } from "./text";
import { contents, titlePage } from "./titlePage";

export { ALL_SECTIONS, type DocxDiagram, type DocxOptions, type DocxSections } from "./options";

export function buildDocument(report: Report, options: DocxOptions): Document {
  const list = chapters(report, options);
  const footer = pageFooter(report.title);
  const sections: ISectionOptions[] = [
    {
      properties: pageProperties(false),
      children: [...titlePage(report), ...contents(contentsEntries(list))],
    },
  ];
  let current: { landscape: boolean; children: (Paragraph | Table)[] } | null = null;
  for (const chapter of list) {
    if (!current || current.landscape !== chapter.landscape) {
      current = { landscape: chapter.landscape, children: [] };
      sections.push({
        properties: pageProperties(chapter.landscape),
        footers: { default: footer },
        children: current.children,
      });
      current.children.push(...chapterContent(chapter, false));
    } else current.children.push(...chapterContent(chapter, true));
  }
  return new Document({
    title: report.title,
    subject: "Theory of change report",
    description: `${report.framingLabel} report, ${report.date}`,
    creator: "ToC Studio",
    lastModifiedBy: "ToC Studio",
    styles: STYLES,
    sections,
  });
}

export async function buildDocxBytes(report: Report, options: DocxOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(report, options)));
}

function chapterContent(chapter: Chapter, newPage: boolean): (Paragraph | Table)[] {
  return [heading(chapter.title, 1, newPage), ...chapter.children];
}

function pageProperties(landscape: boolean): ISectionOptions["properties"] {
  return {
    page: {
      size: {
        width: A4_SHORT,
        height: A4_LONG,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    },
  };
}

// Footers are one line: a long title is cut with an ellipsis.
const FOOTER_TITLE_LENGTH = 80;

function pageFooter(fullTitle: string): Footer {
  const title = capText(fullTitle, FOOTER_TITLE_LENGTH);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${title} · page `, size: 16, color: MUTED }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED }),
        ],
      }),
    ],
  });
}
