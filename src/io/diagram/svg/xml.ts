// Text made safe for XML 1.0 character data and attribute values. Invariant:
// whatever the input (lone surrogates, NUL and other controls, "]]>", markup),
// the output is well-formed text that can never close an element or start one.

// Characters XML 1.0 forbids outright (after toWellFormed there are no lone surrogates).
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return (
    text
      .toWellFormed()
      .replace(NOT_XML, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // A label that quotes the embedded model's marker must not be found in its
      // place: the same text to an XML reader, but not to a plain text search.
      .replaceAll(";base64,", "&#59;base64,")
  );
}

/** A number for an attribute: at most two decimals, never "NaN" or "-0". */
export function num(n: number): string {
  if (!Number.isFinite(n)) return "0";
  return String(Math.round(n * 100) / 100 + 0);
}
