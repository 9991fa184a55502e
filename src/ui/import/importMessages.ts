// What importing a file says: the file's name and the document's title are
// the person's own text, so they are direction-isolated (quoted).
import { quoted } from "../../domain/text";

export const IMPORT_MESSAGES = {
  notOpened: (fileName: string, reason: string) => `${quoted(fileName)} was not opened. ${reason}`,
  notStored: "The file was read, but this device would not store it. Nothing was changed.",
  opened: (title: string, repairs: readonly string[]) =>
    `Opened ${quoted(title)} as a new document.${repairs.length ? ` Some things were repaired: ${repairs.join(" ")}` : ""}`,
} as const;
