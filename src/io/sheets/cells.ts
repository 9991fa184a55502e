// Cell text in both directions. Formula injection (OWASP "CSV injection"): a
// text cell that a spreadsheet could read as a formula — one beginning with
// =, +, -, @, tab or carriage return — is written with a leading apostrophe.
// So that the round trip is exact, a text that itself begins with an
// apostrophe gets one too; reading removes exactly one apostrophe, and only
// when it is followed by one of those characters or another apostrophe (an
// apostrophe in front of anything else was typed by a person and is kept).

const RISKY_START = new Set(["=", "+", "-", "@", "\t", "\r"]);
const QUOTE = "'";

export function neutraliseCell(text: string): string {
  const first = text.charAt(0);
  return RISKY_START.has(first) || first === QUOTE ? QUOTE + text : text;
}

export function restoreCell(text: string): string {
  if (text.charAt(0) !== QUOTE) return text;
  const second = text.charAt(1);
  return RISKY_START.has(second) || second === QUOTE ? text.slice(1) : text;
}

/** A cell a spreadsheet program handed back: numbers, dates, rich text, links, formula results. */
export function cellValueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (typeof value !== "object") return "";
  const record = value as Record<string, unknown>;
  // Rich text: runs of formatted text.
  if (Array.isArray(record.richText)) {
    return record.richText
      .map((run) => (typeof run?.text === "string" ? (run.text as string) : ""))
      .join("");
  }
  // A hyperlink cell shows its text; a formula cell its last result (never evaluated here).
  if ("text" in record) return cellValueText(record.text);
  if ("result" in record) return cellValueText(record.result);
  return "";
}

/**
 * XLSX text is XML, which turns a carriage return into a line feed on
 * reading; Office writes it as `_x000D_` (the ST_Xstring escape) and escapes
 * a literal `_xHHHH_` as `_x005F_xHHHH_`. Excel, LibreOffice and exceljs all
 * decode these when reading, so only writing needs this.
 */
export function encodeXlsxText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/\r/g, "_x000D_");
}
