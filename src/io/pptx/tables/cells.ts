// Table cells as every deck table draws them: a header in white on dark blue,
// light rules, and the proofing language on each cell.
import type PptxGenJS from "pptxgenjs";
import { HEADER_FILL, HEADER_TEXT, RULE_COLOUR, STRIPE_FILL, TYPEFACE } from "../deck";

export const BORDER: PptxGenJS.BorderProps = { type: "solid", pt: 0.75, color: RULE_COLOUR };

// Cells do not inherit the table's language, so each carries it.
export const CELL_TEXT = { lang: TYPEFACE.lang };

export function headerCell(text: string): PptxGenJS.TableCell {
  return {
    text,
    options: { ...CELL_TEXT, bold: true, color: HEADER_TEXT, fill: { color: HEADER_FILL } },
  };
}

export function bodyCell(text: string, striped: boolean): PptxGenJS.TableCell {
  return { text, options: striped ? { ...CELL_TEXT, fill: { color: STRIPE_FILL } } : CELL_TEXT };
}
