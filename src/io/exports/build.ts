// Builds one export file from plain data. Runs in the export worker (so a
// 1,000-element Word report never blocks the page) and in node tests, which
// open the very bytes a user would download. Each format's library is loaded
// only when that format is asked for.
import { serializeToc } from "../tocJson/format";
import type { ExportRequest } from "./request";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export async function buildExport(request: ExportRequest): Promise<Uint8Array> {
  const { model, appVersion } = request;
  const now = new Date(request.now);
  switch (request.format) {
    case "toc":
      return utf8(serializeToc(model, now, appVersion));
    case "svg": {
      const { buildScene, renderSvg } = await import("../diagram");
      const elementIds = request.elementIds ? new Set(request.elementIds) : undefined;
      const scene = buildScene(model, { elementIds, date: now });
      return utf8(renderSvg(scene, { embed: serializeToc(model, now, appVersion) }));
    }
    case "markdown": {
      const [{ buildReport }, { toMarkdown }] = await Promise.all([
        import("../report"),
        import("../markdown"),
      ]);
      return utf8(toMarkdown(buildReport(model, now)));
    }
    case "csv": {
      const { exportCsv } = await import("../sheets");
      return utf8(exportCsv(model, now));
    }
    case "xlsx": {
      const { exportXlsx } = await import("../sheets/xlsx");
      return exportXlsx(model, now);
    }
    case "docx": {
      const [{ buildReport }, { buildDocxBytes, ALL_SECTIONS }] = await Promise.all([
        import("../report"),
        import("../docx"),
      ]);
      return buildDocxBytes(buildReport(model, now), {
        sections: request.sections ?? ALL_SECTIONS,
        diagram: request.diagram,
      });
    }
    case "pptx": {
      const [{ buildReport }, { buildScene }, { buildPptx }] = await Promise.all([
        import("../report"),
        import("../diagram"),
        import("../pptx"),
      ]);
      return buildPptx(buildReport(model, now), buildScene(model, { date: now }));
    }
  }
}
