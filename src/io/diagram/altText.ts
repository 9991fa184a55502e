// The diagram in words, for the SVG's <desc> and for the alt text Word and
// PowerPoint exports give the picture: what it is, how much is in it, which
// way it reads, and the impact it aims for. Bounded: titles are cut short.
import { ELEMENT_KINDS, KINDS } from "../../domain/kinds";
import type { TocElement } from "../../domain/model";
import { FRAMINGS, type FramingId, type StageId } from "../../domain/stages";
import { displayText } from "./text/wrap";

const MAX_QUOTED = 160;

function quoted(title: string): string {
  const { text } = displayText(title);
  const chars = Array.from(text);
  const short =
    chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join("").trimEnd()}…` : text;
  return `“${short || "Untitled"}”`;
}

function plural(n: number, one: string): string {
  const many = one.endsWith("y") ? `${one.slice(0, -1)}ies` : `${one}s`;
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

export function describeDiagram(
  title: string,
  framing: FramingId,
  elements: readonly TocElement[],
  linkCount: number,
  ceiling: StageId | null,
): string {
  const { label, stageNames, direction } = FRAMINGS[framing];
  const counts = ELEMENT_KINDS.map((kind) => {
    const n = elements.filter((e) => e.kind === kind).length;
    return n > 0 ? plural(n, KINDS[kind].label.toLowerCase()) : "";
  }).filter(Boolean);
  const reading =
    direction === "up"
      ? `read from ${stageNames.inputs} at the bottom up to ${stageNames.impact} at the top`
      : `read left to right from ${stageNames.inputs} to ${stageNames.impact}`;
  const contents =
    elements.length === 0
      ? "with no elements yet"
      : `with ${plural(elements.length, "element")} (${counts.join(", ")}) joined by ${plural(linkCount, "link")}, ${reading}`;
  const first = `${label} diagram ${quoted(title)}, ${contents}.`;
  const impact = elements.find((e) => e.kind === "impact");
  const notes = [
    impact ? `The impact it aims for is ${quoted(impact.title)}` : "",
    ceiling && ceiling !== "impact"
      ? `a dashed accountability ceiling after ${stageNames[ceiling]} marks where the programme contributes but is not accountable`
      : "",
  ].filter(Boolean);
  // At most two sentences: what it is, then the impact and the ceiling.
  const second = notes.join("; ");
  const sentences = second ? [first, `${second[0].toUpperCase()}${second.slice(1)}.`] : [first];
  return sentences.join(" ");
}
