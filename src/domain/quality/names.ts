// How findings name elements: the kind's label and the title in quotes.
// Titles are shown on one line, without bidi controls (so a U+202E in a title
// cannot reverse the rest of the message) and cut at 80 characters with "…";
// an empty title reads "(untitled)".
import { KINDS } from "../kinds";
import type { TocElement } from "../model";

const MAX_SHOWN = 80;
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function quote(title: string): string {
  // Cut a huge title early so cleaning it stays cheap.
  const text = title
    .slice(0, MAX_SHOWN * 8)
    .replace(BIDI_CONTROLS, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return "(untitled)";
  if (text.length <= MAX_SHOWN) return `"${text}"`;
  const chars = Array.from(text); // code points, so an emoji is never cut in half
  if (chars.length <= MAX_SHOWN) return `"${text}"`;
  return `"${chars.slice(0, MAX_SHOWN).join("").trimEnd()}…"`;
}

/** e.g. Outcome "Fewer GP visits". */
export function named(element: TocElement): string {
  return `${KINDS[element.kind].label} ${quote(element.title)}`;
}

/** "A", "B" and "C"; past `max` titles: "A", "B", "C", "D" and 3 more. */
export function listTitles(elements: readonly TocElement[], max = 4): string {
  const shown = elements.slice(0, max).map((el) => quote(el.title));
  const rest = elements.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length === 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}
