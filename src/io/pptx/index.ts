// PowerPoint export: one entry point the UI loads on demand (pptxgenjs is
// heavy). Slides, in order: title; the diagram as native shapes; one per
// pathway (narrative in the speaker notes; an overview when there is none);
// the tables, continued across slides when long; quality checks. Returns the
// file's bytes (deflated), in the browser and in node alike.
import PptxGenJS from "pptxgenjs";
import type { DiagramScene } from "../diagram";
import type { Report } from "../report";
import { FONT } from "./deck";
import { addDiagramSlide } from "./diagram/diagramSlide";
import { addOverviewSlide } from "./overviewSlide";
import { addPathwaySlides } from "./pathwaySlides";
import { addQualitySlide } from "./qualitySlide";
import { addTableSlides, tableSections } from "./tables/tableSlides";
import { slideText } from "./text";
import { addTitleSlide } from "./titleSlide";

/**
 * The deck for a report and the diagram scene built from the same model
 * (both carry everything the slides show, including the date).
 */
export async function buildPptx(report: Report, scene: DiagramScene): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.title = slideText(report.title);
  pptx.subject = "Theory of change";
  pptx.author = "ToC Studio";
  pptx.company = "";
  addTitleSlide(pptx, report);
  addDiagramSlide(pptx, scene, report);
  if (report.pathways.length === 0) addOverviewSlide(pptx, report);
  for (const pathway of report.pathways) addPathwaySlides(pptx, pathway);
  for (const section of tableSections(report.tables)) addTableSlides(pptx, section);
  addQualitySlide(pptx, report.quality);
  return deflatedBytes(pptx);
}

/**
 * pptxgenjs 4.0.1's `write` drops `compression` whenever an output type is
 * given (and treats `{ compression }` alone as an output type), storing every
 * part uncompressed — about six times larger. Its internal export compresses
 * when asked for its default Blob (node 20 has Blob too), so use that while
 * it exists; otherwise fall back to the public, uncompressed path.
 */
async function deflatedBytes(pptx: PptxGenJS): Promise<Uint8Array> {
  const internal = pptx as unknown as {
    exportPresentation?: (props: { compression: boolean }) => Promise<unknown>;
  };
  if (typeof internal.exportPresentation === "function") {
    const blob = await internal.exportPresentation({ compression: true });
    if (blob instanceof Blob) return new Uint8Array(await blob.arrayBuffer());
  }
  return (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
}
