// Importing a file always makes a NEW document, so nothing already on this
// device can be changed by a bad file; a refused file leaves no trace.
import { readImport } from "../../io/imports/readImport";
import { buildImportedState } from "../../io/tocJson/importDocument";
import { importDocumentState } from "../../store/libraryStore";
import { openDocumentRoute } from "../../store/router";

export interface ImportOutcome {
  ok: boolean;
  message: string;
}

export async function importFile(file: File): Promise<ImportOutcome> {
  const result = await readImport(file);
  if (!result.ok) return { ok: false, message: `“${file.name}” was not opened. ${result.message}` };
  try {
    const id = await importDocumentState(buildImportedState(result.document, Date.now()));
    openDocumentRoute(id);
  } catch (err) {
    console.error(err);
    return {
      ok: false,
      message: "The file was read, but this device would not store it. Nothing was changed.",
    };
  }
  const repaired = result.repairs.length
    ? ` Some things were repaired: ${result.repairs.join(" ")}`
    : "";
  return { ok: true, message: `Opened “${result.document.title}” as a new document.${repaired}` };
}
