// Importing a file always makes a NEW document, so nothing already on this
// device can be changed by a bad file; a refused file leaves no trace.
import { readImport } from "../../io/imports/readImport";
import { buildImportedState } from "../../io/tocJson/importDocument";
import { importDocumentState } from "../../store/libraryStore";
import { openDocumentRoute } from "../../store/router";
import { IMPORT_MESSAGES } from "./importMessages";

export interface ImportOutcome {
  ok: boolean;
  message: string;
}

export async function importFile(file: File): Promise<ImportOutcome> {
  const result = await readImport(file);
  if (!result.ok)
    return { ok: false, message: IMPORT_MESSAGES.notOpened(file.name, result.message) };
  try {
    const id = await importDocumentState(buildImportedState(result.document, Date.now()));
    openDocumentRoute(id);
  } catch (err) {
    console.error(err);
    return { ok: false, message: IMPORT_MESSAGES.notStored };
  }
  return { ok: true, message: IMPORT_MESSAGES.opened(result.document.title, result.repairs) };
}
