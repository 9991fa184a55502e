// A report table as a Word table: fixed column widths from the report model
// (so Word and LibreOffice lay it out alike and nothing runs off the page), a
// shaded header row repeated on every page, light stripes on body rows, and
// link cells as real hyperlinks (URLs were checked in the report model).
import {
  BorderStyle,
  ExternalHyperlink,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { ReportTable } from "../report";
import { HEADER_FILL, STRIPE_FILL } from "./styles";
import { para, runs } from "./text";

const CELL_SIZE = 18; // 9 pt
// Characters in a row below which it is never split across pages.
const KEEP_ROW_TOGETHER = 600;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "B7BFCC" };

export function wordTable(table: ReportTable, width: number): Table | Paragraph {
  if (table.rows.length === 0) return para(table.emptyText, { italics: true });
  const widths = table.widths.map((w) => Math.floor((w * width) / 100));
  const links = new Set(table.linkColumns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (title, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: "auto" },
          children: [
            new Paragraph({
              children: runs(title, { bold: true, color: "FFFFFF", size: CELL_SIZE }),
            }),
          ],
        }),
    ),
  });
  const body = table.rows.map(
    (row, r) =>
      new TableRow({
        // Short rows stay on one page; a long one may break rather than leave a gap.
        cantSplit: row.reduce((n, cell) => n + cell.length, 0) < KEEP_ROW_TOGETHER,
        children: row.map(
          (cell, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              shading:
                r % 2 === 1
                  ? { type: ShadingType.CLEAR, fill: STRIPE_FILL, color: "auto" }
                  : undefined,
              children: links.has(i) ? [linkParagraph(cell)] : cellParagraphs(cell),
            }),
        ),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}

/** A cell's text: one paragraph per line; "• " items hang so wrapped lines align. */
function cellParagraphs(text: string): Paragraph[] {
  return text.split("\n").map((line) => {
    const item = line.startsWith("• ");
    return new Paragraph({
      spacing: { after: item ? 40 : 0, line: 252, lineRule: LineRuleType.AUTO },
      indent: item ? { left: 160, hanging: 160 } : undefined,
      children: runs(line, { size: CELL_SIZE }),
    });
  });
}

function linkParagraph(url: string): Paragraph {
  if (!url) return new Paragraph({ children: [] });
  let label = url;
  try {
    const parsed = new URL(url);
    label = parsed.protocol === "mailto:" ? parsed.pathname : `Source on ${parsed.hostname}`;
  } catch {
    return new Paragraph({ children: [] });
  }
  return new Paragraph({
    spacing: { after: 0 },
    children: [
      new ExternalHyperlink({
        link: url,
        children: runs(label, { style: "Hyperlink", size: CELL_SIZE }),
      }),
    ],
  });
}
