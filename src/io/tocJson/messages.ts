// Everything an import can say when it refuses a file, in plain English for a
// resident or a GP: what is wrong, and what to do when there is something to do.

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A real file nests 5 levels deep (envelope → document → elements → element → position). */
export const MAX_NESTING_DEPTH = 64;
/**
 * The largest model the editor opens and stays responsive with (every pause
 * under 2 s while it opens, measured on a busy two-core machine; see
 * ARCHITECTURE.md). Above these the editor froze for many seconds.
 */
export const MAX_ELEMENTS = 1_000;
export const MAX_LINKS = 2_500;

function count(n: number): string {
  return n.toLocaleString("en-GB");
}

/** Megabytes for people: "200 MB", "20.1 MB" (rounded up, so never "20 MB" over a 20 MB limit). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 100) return `${count(Math.ceil(mb))} MB`;
  return `${String(Math.ceil(mb * 10) / 10)} MB`;
}

export const MESSAGES = {
  tooLarge: (bytes: number, limit = MAX_FILE_BYTES) =>
    `This file is too large to be a theory of change (${formatMegabytes(bytes)}). The limit is ${formatMegabytes(limit)}.`,
  readFailed:
    "This file could not be read. It may have been moved or deleted, or the browser was not allowed to open it.",
  binary: (what: string) =>
    `This file is not a ToC Studio file: it does not contain readable text (it looks like ${what}).`,
  notText: "This file is not a ToC Studio file: it does not contain readable text.",
  badEncoding:
    "This file is damaged or is not a ToC Studio file: some of its characters cannot be read (it is not UTF-8 text).",
  empty: "This file is empty: there is nothing in it to open.",
  tooDeep:
    "This file is not a ToC Studio file: its contents are nested far too deeply to be a theory of change.",
  truncated: "This file is cut short or damaged: the JSON ends unexpectedly.",
  notJson: (line: number | null) =>
    `This file is damaged or is not a ToC Studio file: it is not valid JSON${line === null ? "" : ` (the problem is near line ${count(line)})`}.`,
  notToc:
    "This file is not a ToC Studio file: it holds data, but not a theory of change saved by ToC Studio.",
  newerFormat: (version: number) =>
    `This file was made by a newer version of ToC Studio (format version ${String(version)}). Update the app to open it.`,
  newerDocument: (version: number) =>
    `This file was made by a newer version of ToC Studio (document version ${String(version)}). Update the app to open it.`,
  badVersion:
    "This file is damaged: the format version written in it is not one ToC Studio understands.",
  noDocument: "This file is damaged: it does not contain a theory of change.",
  badList: (what: "elements" | "links") =>
    `This file is damaged: its list of ${what} cannot be read.`,
  tooManyElements: (n: number) =>
    `This file has ${count(n)} elements; ToC Studio opens at most ${count(MAX_ELEMENTS)}, so it was not opened.`,
  tooManyLinks: (n: number) =>
    `This file has ${count(n)} links; ToC Studio opens at most ${count(MAX_LINKS)}, so it was not opened.`,
} as const;
