// Text and number hygiene at every edge: well-formed Unicode only (a lone
// surrogate makes replicas differ after sync), no NUL or other C0 controls
// except tab and newline, no U+FFFE/U+FFFF (XML 1.0 forbids them, so no
// export could carry them), bounded length; finite numbers only (a NaN position
// sends the canvas into a render loop).

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

export function cleanText(value: unknown, maxLength: number, singleLine = false): string {
  if (typeof value !== "string") return "";
  let text = value.toWellFormed().replace(CONTROL, "");
  if (singleLine) text = text.replace(/[\r\n\t]+/g, " ");
  if (text.length > maxLength) {
    text = text.slice(0, maxLength);
    // Never cut a surrogate pair in half.
    text = text.toWellFormed().replace(/\uFFFD$/, "");
  }
  return text;
}

export const MAX_COORDINATE = 1_000_000;

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A usable coordinate, or null. -0 becomes 0; huge values are refused. */
export function cleanCoordinate(value: unknown): number | null {
  if (!isFiniteNumber(value) || Math.abs(value) > MAX_COORDINATE) return null;
  return value === 0 ? 0 : value;
}

/**
 * User text (a title, a file or sheet name) inside one of the app's own
 * sentences: in quotation marks and direction-isolated (U+2068 … U+2069), so
 * a right-to-left override inside it cannot reverse the rest of the sentence.
 */
export function quoted(text: string): string {
  return `“\u2068${text}\u2069”`;
}
