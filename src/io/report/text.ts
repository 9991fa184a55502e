// Sentence building for the report. Invariant: every user string that enters
// the report passes through `plain` (well-formed, no control characters, no
// non-characters, bounded), so any renderer can escape it safely; sentences
// are plain English with UK spelling.
import { MAX_DESCRIPTION_LENGTH } from "../../domain/model";
import { cleanText } from "../../domain/text";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// Explicit direction controls: embeddings, overrides and isolates.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * User text made safe to carry. Text holding direction controls (a
 * right-to-left override…) is wrapped in a first-strong isolate, so it cannot
 * reverse the report's own words after it.
 */
export function plain(value: unknown, singleLine = false): string {
  const text = cleanText(value, MAX_DESCRIPTION_LENGTH, singleLine).trim();
  return BIDI_CONTROL.test(text) ? `\u2068${text}\u2069` : text;
}

const GRAPHEMES = new Intl.Segmenter("en-GB");

/**
 * Text of at most `max` UTF-16 units: a longer text is cut between characters
 * as people see them (never inside an accent or emoji) and ends with an
 * ellipsis, and every direction isolate open at the cut is closed again.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Boundaries before the prefix's last unit do not depend on what follows it.
  const graphemes = Array.from(GRAPHEMES.segment(text.slice(0, max)), (s) => s.segment);
  graphemes.pop();
  let kept = "";
  let open = 0;
  let cut = "";
  let cutOpen = 0;
  for (const g of graphemes) {
    kept += g;
    for (const c of g) {
      if (c >= "\u2066" && c <= "\u2068") open++;
      else if (c === "\u2069" && open > 0) open--;
    }
    if (kept.length + 1 + open > max) break;
    cut = kept;
    cutOpen = open;
  }
  return `${cut.trimEnd()}…${"\u2069".repeat(cutOpen)}`;
}

/** "3 December 2026", in the reader's own time zone. */
export function writtenDate(now: Date): string {
  return `${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
}

/** A title in curly quotes. */
export function quoted(title: string): string {
  return `“${title}”`;
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "1 outcome", "3 outcomes". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Ends with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return "";
  return /[.!?…:;"”’]$/.test(t) ? t : `${t}.`;
}

/** Lower-cases the first letter unless the first word is an acronym ("GP", "ICB"). */
export function lowerFirst(text: string): string {
  const [first, second] = Array.from(text);
  if (!first || (second && second !== second.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** A rationale written "Because …" read after "because". */
export function afterBecause(rationale: string): string {
  return lowerFirst(rationale.replace(/^because\b[\s,:]*/i, "").trim());
}

/** Paragraph from sentences, skipping empty ones. */
export function paragraph(parts: readonly string[]): string {
  return parts.filter((p) => p.length > 0).join(" ");
}
