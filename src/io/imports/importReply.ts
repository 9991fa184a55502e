// A file read and turned into a new document's state: what the import worker
// answers, and the same work done in place where there are no workers.
import { buildImportedState } from "../tocJson/importDocument";
import { type ImportSource, readImport } from "./readImport";

export type ImportReply =
  | { ok: true; state: Uint8Array; title: string; repairs: string[] }
  | { ok: false; message: string };

export const READ_FAILED = "This file could not be read. Nothing was changed.";

export async function importInPlace(file: ImportSource, now: number): Promise<ImportReply> {
  const result = await readImport(file);
  if (!result.ok) return result;
  const { document, repairs } = result;
  return { ok: true, state: buildImportedState(document, now), title: document.title, repairs };
}
