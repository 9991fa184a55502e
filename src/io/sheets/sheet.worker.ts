// The spreadsheet import worker (a module worker): unpacks, checks and parses
// an XLSX or CSV off the main thread, so the page keeps answering while a
// large or hostile workbook is read. Answers {bytes, name} with the import's
// result, or a plain-English refusal if reading failed unexpectedly.
import type { ImportResult } from "../tocJson/parse";
import { importSheetFile } from "./importSheetFile";
import { SHEET_MESSAGES } from "./messages";

self.onmessage = async (event: MessageEvent<{ name: string; bytes: Uint8Array }>) => {
  const { name, bytes } = event.data;
  let result: ImportResult;
  try {
    result = await importSheetFile(name, bytes);
  } catch (error) {
    console.error("Reading the spreadsheet failed", error);
    result = { ok: false, message: SHEET_MESSAGES.readFailed };
  }
  self.postMessage(result);
};
