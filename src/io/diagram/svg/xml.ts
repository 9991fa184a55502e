// Text made safe for XML 1.0 character data and attribute values. Invariant:
// whatever the input (lone surrogates, NUL and other controls, "]]>", markup),
// the output is well-formed text that can never close an element or start one.

// Characters XML 1.0 forbids outright (after toWellFormed there are no lone surrogates).
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

// The marker's ";" is escaped in the same pass, so a label that quotes the embedded
// model's marker is the same text to an XML reader but never found by a text search.
const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  ";": "&#59;",
};

export function escapeXml(text: string): string {
  return text
    .toWellFormed()
    .replace(NOT_XML, "")
    .replace(/[&<>"']|;(?=base64,)/g, (c) => ENTITY[c] ?? c);
}

/** A number for an attribute: at most two decimals, never "NaN" or "-0". */
export function num(n: number): string {
  if (!Number.isFinite(n)) return "0";
  return String(Math.round(n * 100) / 100 + 0);
}
