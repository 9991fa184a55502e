// The export worker (a module worker): builds Word, PowerPoint, spreadsheet,
// SVG, Markdown and .toc.json files off the main thread, so the page stays
// responsive while a large theory of change is exported. Answers each
// {id, request} with the file's bytes (transferred, not copied) or a
// plain-English error.
import { buildExport } from "./build";
import type { ExportReply, ExportRequest } from "./request";

self.onmessage = async (event: MessageEvent<{ id: number; request: ExportRequest }>) => {
  const { id, request } = event.data;
  let reply: ExportReply;
  try {
    reply = { id, ok: true, bytes: await buildExport(request) };
  } catch (error) {
    console.error("Export failed", error);
    reply = { id, ok: false, error: "The file could not be made. Nothing was changed." };
  }
  const transfer = reply.ok ? [reply.bytes.buffer as ArrayBuffer] : [];
  self.postMessage(reply, { transfer });
};
