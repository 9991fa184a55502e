// Markdown escaping for user text. Invariant: whatever a person typed renders
// as the same words and nothing else: no HTML (every "<" and "&" escaped), no
// links or images (brackets escaped, and URL-like text broken with an escaped
// colon or dot so GitHub-style autolinks do not fire), no emphasis, code or
// strike-through, no headings, lists or quotes at the start of a line. Table
// cells also escape "|" and turn line breaks into <br>.

// Characters with inline meaning in CommonMark and GitHub Flavoured Markdown.
const INLINE = /[\\`*_[\]<>|~&]/g;
// "scheme:" followed by more than a space (javascript:x, https://, mailto:a)
// and "www." start autolinks; "Note: text" is left alone.
const SCHEME = /\b([a-z][a-z0-9+.-]*):(?=\S)/gi;
const WWW = /\bwww\./gi;
const AT = /@/g;
// Block syntax that only matters at the start of a line.
const LINE_START = /^(\s*)([-+=>#]|\d+[.)])/;

/** One line of user text, safe inside a paragraph, heading or list item. */
export function escapeInline(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(SCHEME, "$1\\:")
    .replace(WWW, (w) => `${w.slice(0, 3)}\\.`)
    .replace(AT, "\\@")
    .replace(LINE_START, (_, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
    );
}

/** Text that may hold line breaks, as paragraphs separated by blank lines. */
export function escapeBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeInline(line.trim()))
    .filter((line) => line.length > 0)
    .join("\n\n");
}

/** A table cell: inline escaping, line breaks as <br>, never empty-looking. */
export function escapeCell(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeInline(line.trim()))
    .join("<br>");
}

/**
 * A link to an evidence URL already checked to be https: or mailto:. The
 * destination is percent-encoded where Markdown would read it as syntax.
 */
export function evidenceLink(url: string): string {
  if (!url) return "";
  const destination = url.replace(
    /[\s()[\]<>|\\`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  let label = "Link";
  try {
    const parsed = new URL(url);
    label = parsed.protocol === "mailto:" ? "Email" : `Source on ${parsed.hostname}`;
  } catch {
    return "";
  }
  return `[${escapeInline(label)}](${destination})`;
}
