// Builds a real deck from a model (report and scene from the shared builders)
// and opens it the way a test needs: slides in order, their text, their
// speaker notes, each part parsed as XML.
import JSZip from "jszip";
import type { TocModel } from "../../../src/domain/model";
import { buildScene } from "../../../src/io/diagram";
import { buildPptx } from "../../../src/io/pptx";
import { buildReport } from "../../../src/io/report";

export const NOW = new Date(Date.UTC(2026, 11, 3, 10, 0));

export interface OpenedDeck {
  readonly bytes: Uint8Array;
  readonly zip: JSZip;
  /** Slide XML in presentation order (slide1, slide2, …). */
  readonly slides: string[];
  /** Speaker-notes XML per slide ("" when the slide has none). */
  readonly notes: string[];
}

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, "application/xml");
}

export function isWellFormed(xml: string): boolean {
  return parseXml(xml).getElementsByTagName("parsererror").length === 0;
}

/** All a:t text of a part, runs joined by spaces. */
export function partText(xml: string): string {
  const doc = parseXml(xml);
  return Array.from(doc.getElementsByTagName("a:t"), (t) => t.textContent ?? "").join(" ");
}

const squash = (text: string) => text.replace(/\s+/g, "");

/** True when `needle` appears in the text, ignoring where lines were wrapped. */
export function containsText(haystack: string, needle: string): boolean {
  return squash(haystack).includes(squash(needle));
}

async function notesFor(zip: JSZip, n: number): Promise<string> {
  const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)?.async("string");
  const target = rels && /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
  if (!target) return "";
  return (await zip.file(`ppt/notesSlides/${target}`)?.async("string")) ?? "";
}

export async function openDeck(bytes: Uint8Array): Promise<OpenedDeck> {
  const zip = await JSZip.loadAsync(bytes);
  const count = Object.keys(zip.files).filter((name) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(name),
  ).length;
  const slides: string[] = [];
  const notes: string[] = [];
  for (let n = 1; n <= count; n++) {
    slides.push((await zip.file(`ppt/slides/slide${n}.xml`)?.async("string")) ?? "");
    notes.push(await notesFor(zip, n));
  }
  return { bytes, zip, slides, notes };
}

export async function deckFor(model: TocModel) {
  const report = buildReport(model, NOW);
  const scene = buildScene(model, { date: NOW });
  const deck = await openDeck(await buildPptx(report, scene));
  return { report, scene, deck };
}
