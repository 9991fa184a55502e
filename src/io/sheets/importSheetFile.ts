// Opening a spreadsheet file the user chose: decides by the bytes, not the
// name. A ZIP → XLSX (exceljs loaded only now); an old binary Excel file or
// any other binary file → a plain message; otherwise strict UTF-8 text → CSV.
// Our own export restores exactly; anything else is read as a hand-made
// logic model titled after the file's name. All or nothing.
import { MAX_FILE_BYTES } from "../tocJson/messages";
import type { ImportResult } from "../tocJson/parse";
import { EMPTY_ZIP_SIGNATURE, hasPrefix, sniffBytes, ZIP_SIGNATURE } from "../tocJson/sniff";
import { importCsv } from "./csv";
import { SHEET_MESSAGES } from "./messages";

/** The compound-file header of .xls (and other pre-2007 Office files). */
const OLD_OFFICE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function importSheetFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  if (bytes.byteLength > MAX_FILE_BYTES)
    return { ok: false, message: SHEET_MESSAGES.tooLarge(bytes.byteLength) };
  if (bytes.byteLength === 0) return { ok: false, message: SHEET_MESSAGES.empty };
  if (hasPrefix(bytes, ZIP_SIGNATURE) || hasPrefix(bytes, EMPTY_ZIP_SIGNATURE)) {
    const { importXlsx } = await import("./xlsx");
    return importXlsx(bytes, name);
  }
  if (hasPrefix(bytes, OLD_OFFICE)) return { ok: false, message: SHEET_MESSAGES.oldExcel };
  const binary = sniffBytes(bytes);
  if (binary) return { ok: false, message: SHEET_MESSAGES.notSpreadsheet(binary) };
  if (bytes.includes(0)) return { ok: false, message: SHEET_MESSAGES.notText };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: SHEET_MESSAGES.badEncoding };
  }
  return importCsv(text, name);
}
