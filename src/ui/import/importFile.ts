// Importing a file always makes a NEW document, so nothing already on this
// device can be changed by a bad file; a refused file leaves no trace.
import { importInWorker } from "../../io/imports/importInWorker";
import { importDocumentState } from "../../store/libraryStore";
import { openDocumentRoute } from "../../store/router";
import { IMPORT_MESSAGES } from "./importMessages";

export interface ImportOutcome {
  ok: boolean;
  message: string;
}

export async function importFile(file: File): Promise<ImportOutcome> {
  // Read and built off the main thread: a large or hostile file never freezes the page.
  const result = await importInWorker(file, Date.now());
  if (!result.ok)
    return { ok: false, message: IMPORT_MESSAGES.notOpened(file.name, result.message) };
  try {
    const id = await importDocumentState(result.state);
    openDocumentRoute(id);
  } catch (err) {
    console.error(err);
    return { ok: false, message: IMPORT_MESSAGES.notStored };
  }
  return { ok: true, message: IMPORT_MESSAGES.opened(result.title, result.repairs) };
}
