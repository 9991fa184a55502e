// The report's look: A4 pages with 20 mm margins, Arial (Liberation Sans in
// LibreOffice) at 11 pt, real heading styles (so Word's navigation pane and
// the contents field work), and a dark table header with white text
// (contrast about 12:1).
import { type IStylesOptions, LineRuleType } from "docx";

export const FONT = "Arial";
export const INK = "1A1A1A";
export const ACCENT = "1F3864";
export const ACCENT_LIGHT = "2E5597";
export const MUTED = "555555";
export const HEADER_FILL = ACCENT;
export const STRIPE_FILL = "F2F4F8";

// Twentieths of a point: A4 is 210 × 297 mm.
export const A4_SHORT = 11906;
export const A4_LONG = 16838;
export const MARGIN = 1134;
export const LANDSCAPE_WIDTH = A4_LONG - 2 * MARGIN;
export const LANDSCAPE_HEIGHT = A4_SHORT - 2 * MARGIN;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, color: INK },
      // lineRule must be explicit: LibreOffice reads a bare w:line as exact,
      // which clips images and overlaps large text.
      paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: 56, bold: true, color: ACCENT },
      paragraph: { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: FONT, size: 34, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 240, after: 160 }, keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT, size: 27, bold: true, color: ACCENT_LIGHT },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 },
    },
    hyperlink: { run: { color: "1F4E99", underline: {} } },
  },
  // The contents field's entry styles (Word's "toc 1", "toc 2"), so level 2
  // entries are indented in every program, not only where Word defines them.
  paragraphStyles: [
    {
      id: "TOC1",
      name: "toc 1",
      basedOn: "Normal",
      next: "Normal",
      paragraph: { spacing: { before: 120, after: 40 } },
      run: { bold: true },
    },
    {
      id: "TOC2",
      name: "toc 2",
      basedOn: "Normal",
      next: "Normal",
      paragraph: { spacing: { after: 40 }, indent: { left: 360 } },
    },
  ],
};
