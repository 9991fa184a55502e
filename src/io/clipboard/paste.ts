// What a paste inserts. A ToC Studio fragment gets fresh ids and keeps only
// links between pasted elements, and group and stakeholder records only where
// this document has them (a paste from another document may name groups this
// one does not have). Plain text from elsewhere becomes one note per line.
import type { NewElement, NewLink } from "../../doc/commands";
import { newId } from "../../domain/ids";
import type { TocModel } from "../../domain/model";
import type { ImportedDocument } from "../tocJson/parse";

export const MAX_PASTE_BYTES = 10 * 1024 * 1024;
export const MAX_TEXT_LINES = 200;
const PASTE_OFFSET = 40;

export function pastedFragment(
  pasted: ImportedDocument,
  here: TocModel | null,
): { elements: NewElement[]; links: NewLink[] } {
  const fresh = new Map(pasted.elements.map((e) => [e.id, newId()]));
  const groups = new Set(here?.groups.map((g) => g.id));
  const stakeholders = new Set(here?.stakeholders.map((s) => s.id));
  const elements: NewElement[] = pasted.elements.map((e) => ({
    ...e,
    group: e.group && groups.has(e.group) ? e.group : null,
    stakeholders: Object.fromEntries(
      Object.entries(e.stakeholders ?? {}).filter(([id]) => stakeholders.has(id)),
    ),
    id: fresh.get(e.id) ?? newId(),
    position: { x: e.position.x + PASTE_OFFSET, y: e.position.y + PASTE_OFFSET },
  }));
  const links: NewLink[] = pasted.links.flatMap((l) => {
    const source = fresh.get(l.source);
    const target = fresh.get(l.target);
    return source && target ? [{ ...l, id: newId(), source, target }] : [];
  });
  return { elements, links };
}

/** The non-empty lines of pasted text, trimmed (the caller checks MAX_TEXT_LINES). */
export function pastedLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** One note per line, in a column left of the inputs. */
export function notesFromLines(lines: readonly string[]): NewElement[] {
  return lines.map((title, i) => ({
    id: newId(),
    kind: "note",
    title,
    position: { x: -260, y: i * 110 },
  }));
}
