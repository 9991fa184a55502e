// What a copy puts on the clipboard: the selection twice, as a ToC Studio
// file (the same validated format as *.toc.json, under our own MIME type) and
// as readable text for any other program.
import { KINDS } from "../../domain/kinds";
import type { TocModel } from "../../domain/model";
import { FRAMINGS } from "../../domain/stages";
import { serializeToc } from "../tocJson/format";

export const FRAGMENT_MIME = "application/x-toc-studio+json";

/** The selected elements and the links between them; null when nothing is selected. */
export function selectionFragment(
  model: TocModel,
  selectedElements: ReadonlySet<string>,
): TocModel | null {
  if (selectedElements.size === 0) return null;
  const elements = model.elements.filter((e) => selectedElements.has(e.id));
  const links = model.links.filter(
    (l) => selectedElements.has(l.source) && selectedElements.has(l.target),
  );
  return elements.length ? { ...model, elements, links } : null;
}

/** One line per element (kind, stage, title, indented description), then one per link. */
export function readableText(fragment: TocModel): string {
  const names = FRAMINGS[fragment.meta.framing].stageNames;
  const lines = fragment.elements.map((e) => {
    const where = e.stage ? ` (${names[e.stage]})` : "";
    const body = e.description ? `\n  ${e.description.replace(/\n/g, "\n  ")}` : "";
    return `${KINDS[e.kind].label}${where}: ${e.title}${body}`;
  });
  const byId = new Map(fragment.elements.map((e) => [e.id, e.title]));
  for (const l of fragment.links) {
    lines.push(
      `${byId.get(l.source)} → ${byId.get(l.target)}${l.rationale ? ` (because ${l.rationale})` : ""}`,
    );
  }
  return lines.join("\n");
}

/** Both forms of a fragment, as a copy writes them. */
export function clipboardContents(
  fragment: TocModel,
  now: Date,
  appVersion: string,
): { json: string; text: string } {
  return { json: serializeToc(fragment, now, appVersion), text: readableText(fragment) };
}
