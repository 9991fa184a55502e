// Paragraph helpers. Report text is already plain (no control characters or
// lone surrogates), and the docx package escapes XML; line breaks become
// real breaks rather than being lost.
import { HeadingLevel, type IRunOptions, Paragraph, type ParagraphChild, TextRun } from "docx";

type RunStyle = Omit<IRunOptions, "text" | "children" | "break">;

export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }));
}

export function para(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: runs(text, style) });
}

export function heading(text: string, level: 1 | 2, pageBreakBefore = false): Paragraph {
  const style = level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  return new Paragraph({ heading: style, pageBreakBefore, children: runs(text) });
}

export function bullet(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children });
}
