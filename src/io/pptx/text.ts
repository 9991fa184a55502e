// Text for slide XML. pptxgenjs escapes & < > and quotes, but XML 1.0 also
// forbids NUL and other C0 controls, lone surrogates and U+FFFE/U+FFFF; any of
// them would make PowerPoint refuse the whole file. Every string that reaches
// the library passes through here first, capped so one huge label cannot
// swamp a slide or the file.
import { cleanText } from "../../domain/text";
import { capText } from "../report/text";

/** Longest text in a table cell (characters; a long cell continues on the next slide). */
export const MAX_CELL_TEXT = 4_000;
/** Longest text in speaker notes (characters). */
export const MAX_NOTES_TEXT = 20_000;

export function slideText(value: unknown, maxLength = MAX_CELL_TEXT, singleLine = true): string {
  return capText(cleanText(value, maxLength + 1, singleLine), maxLength);
}
