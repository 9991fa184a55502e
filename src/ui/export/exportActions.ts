// What the export dialog does when the person presses Export: the file is
// built from the open document's snapshot (the same data everyone sees) and
// downloaded as `<title>-theory-of-change-YYYY-MM-DD.<ext>`. PNG pictures are
// drawn by the page's canvas (only a page can) and a .toc.json is plain text
// made in the page; everything else is built in the export worker. Errors
// carry messages that can be shown as they are.
import type { TocModel } from "../../domain/model";
import { runExport } from "../../io/exports/client";
import { FORMATS } from "../../io/exports/formats";
import type { DrawnDiagram, FileFormat, ReportSections } from "../../io/exports/request";
import type { PngScale } from "../../io/png/size";
import { fileBaseName } from "../../io/tocJson/fileName";
import { serializeToc } from "../../io/tocJson/format";
import { downloadBytes } from "./download";

export type { PngScale } from "../../io/png/size";
export type PngBackground = "white" | "transparent";

export interface ExportChoice {
  format: FileFormat | "png";
  /** Pictures: only the selected elements. */
  selection?: ReadonlySet<string>;
  scale?: PngScale;
  background?: PngBackground;
  sections?: ReportSections;
}

/** The diagram drawn in the page: its SVG and a PNG of it. */
async function drawDiagram(
  model: TocModel,
  now: Date,
  opts: { selection?: ReadonlySet<string>; scale: PngScale | "fit"; background: PngBackground },
): Promise<DrawnDiagram> {
  const [{ buildScene, renderSvg }, { rasterizeSvg, fittingScale }] = await Promise.all([
    import("../../io/diagram"),
    import("../../io/png"),
  ]);
  const scene = buildScene(model, { elementIds: opts.selection, date: now });
  const svg = renderSvg(scene, { background: opts.background });
  // "fit": the Word report's fallback, shown only by programs that cannot draw its SVG:
  // 1× (about 250 dpi across a landscape page), smaller if the browser cannot draw that.
  const scale = opts.scale === "fit" ? fittingScale(scene, 1) : opts.scale;
  const blob = await rasterizeSvg(svg, { scale, background: opts.background });
  return {
    svg,
    png: new Uint8Array(await blob.arrayBuffer()),
    width: scene.width,
    height: scene.height,
    alt: scene.description,
  };
}

async function buildPng(model: TocModel, now: Date, choice: ExportChoice): Promise<Uint8Array> {
  const drawn = await drawDiagram(model, now, {
    selection: choice.selection,
    scale: choice.scale ?? 2,
    background: choice.background ?? "white",
  });
  const { addPngText, PNG_MODEL_KEYWORD } = await import("../../io/png");
  return addPngText(drawn.png, PNG_MODEL_KEYWORD, serializeToc(model, now, __APP_VERSION__));
}

/** Builds and downloads the file; resolves with its name. */
export async function exportModel(model: TocModel, choice: ExportChoice): Promise<string> {
  const now = new Date();
  const info = FORMATS[choice.format];
  const name = `${fileBaseName(model.meta.title, now)}${info.extension}`;
  let bytes: Uint8Array | string;
  if (choice.format === "png") {
    bytes = await buildPng(model, now, choice);
  } else if (choice.format === "toc") {
    bytes = serializeToc(model, now, __APP_VERSION__);
  } else {
    const wantsDiagram = choice.format === "docx" && (choice.sections?.diagram ?? true);
    bytes = await runExport({
      format: choice.format,
      model,
      now: now.getTime(),
      appVersion: __APP_VERSION__,
      elementIds: choice.selection ? [...choice.selection] : undefined,
      sections: choice.sections,
      diagram: wantsDiagram
        ? await drawDiagram(model, now, { scale: "fit", background: "white" })
        : undefined,
    });
  }
  downloadBytes(bytes, name, info.mime);
  return name;
}
