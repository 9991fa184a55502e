// One slide per pathway: its name as the title, its elements as bullets
// grouped under their stage names in the framing's stage order (impact first
// for a theory of change), and its narrative in the speaker notes, where the
// presenter reads it. A pathway too long for one slide continues on the next
// with its stage heading repeated.
import type PptxGenJS from "pptxgenjs";
import type { Pathway, ReportElement } from "../report";
import {
  addBodyText,
  addSlideTitle,
  BODY_PT,
  CONTENT_BOTTOM,
  CONTENT_TOP,
  CONTENT_WIDTH,
} from "./deck";
import { estimateLines, linesHeight } from "./measure";
import { MAX_NOTES_TEXT, slideText } from "./text";

const BULLET_TEXT = 200;
const INDENT = 0.6;
/** Space before a stage heading, in points (bullets have none). */
const HEADING_GAP = 4;

export interface BulletLine {
  readonly text: string;
  /** 0: a stage heading; 1: an element under it. */
  readonly level: 0 | 1;
}

function elementBullet(element: ReportElement): string {
  const notes = [
    element.status === "contested" ? "contested" : "",
    element.contributesTo ? "contributes to" : "",
  ].filter(Boolean);
  const suffix = notes.length > 0 ? ` (${notes.join(", ")})` : "";
  return `${slideText(element.title, BULLET_TEXT)}${suffix}`;
}

function lineHeight(line: BulletLine): number {
  const width = CONTENT_WIDTH - INDENT * (line.level + 1);
  const gap = line.level === 0 ? HEADING_GAP / 72 : 0;
  return linesHeight(estimateLines(line.text, width, BODY_PT), BODY_PT) + gap;
}

/** The pathway's bullets split into slide-sized pages (at least one page). */
export function pathwayPages(pathway: Pathway): BulletLine[][] {
  const pages: BulletLine[][] = [[]];
  let used = 0;
  let heading = "";
  const room = CONTENT_BOTTOM - CONTENT_TOP;
  const push = (line: BulletLine) => {
    const height = lineHeight(line);
    const page = pages[pages.length - 1];
    if (page.length > 0 && used + height > room) {
      pages.push(line.level === 1 ? [{ text: `${heading} (continued)`, level: 0 }] : []);
      used = pages[pages.length - 1].reduce((sum, l) => sum + lineHeight(l), 0);
    }
    pages[pages.length - 1].push(line);
    used += height;
  };
  for (const element of pathway.elements) {
    const stage = slideText(element.stageName || element.kindLabel);
    if (stage !== heading) {
      heading = stage;
      push({ text: stage, level: 0 });
    }
    push({ text: elementBullet(element), level: 1 });
  }
  return pages;
}

function bulletRuns(lines: readonly BulletLine[]): PptxGenJS.TextProps[] {
  return lines.map((line) => ({
    text: line.text,
    options:
      line.level === 0
        ? { bold: true, breakLine: true, paraSpaceBefore: HEADING_GAP }
        : { bullet: { indent: 18 }, indentLevel: 1, breakLine: true },
  }));
}

export function pathwayNotes(pathway: Pathway): string {
  return slideText(pathway.narrative.join("\n\n"), MAX_NOTES_TEXT, false);
}

/** Adds the pathway's slides. */
export function addPathwaySlides(pptx: PptxGenJS, pathway: Pathway): void {
  const pages = pathwayPages(pathway);
  const title = slideText(pathway.title, BULLET_TEXT);
  pages.forEach((lines, index) => {
    const slide = pptx.addSlide();
    const suffix = index === 0 ? "" : ` (continued, ${index + 1} of ${pages.length})`;
    addSlideTitle(slide, `${title}${suffix}`);
    if (lines.length > 0) {
      addBodyText(slide, bulletRuns(lines), { objectName: "Pathway elements" });
    }
    slide.addNotes(index === 0 ? pathwayNotes(pathway) : `${title}, continued.`);
  });
}
