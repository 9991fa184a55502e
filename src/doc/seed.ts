// Seeding a new document. Runs only after local persistence has loaded (and,
// in a session, after the first sync), writes constant keys, and sets the
// `initialized` flag in the same transaction, so two peers seeding the same
// document at once converge on one meta (the same keys, last writer wins).
import type * as Y from "yjs";
import { DOCUMENT_TITLE } from "../domain/records/registers";
import type { FramingId } from "../domain/stages";
import { SEED } from "./origins";
import { writeStartingStakeholders } from "./registerCommands";
import { getMaps, SCHEMA_VERSION } from "./schema";

export function isInitialized(doc: Y.Doc): boolean {
  return getMaps(doc).meta.get("initialized") === true;
}

export function initializeDocument(
  doc: Y.Doc,
  options: { title?: string; framing: FramingId; createdAt: number },
): boolean {
  if (isInitialized(doc)) return false;
  const maps = getMaps(doc);
  const { meta } = maps;
  doc.transact(() => {
    writeStartingStakeholders(maps);
    meta.set("schemaVersion", SCHEMA_VERSION);
    meta.set("title", DOCUMENT_TITLE.clean(options.title));
    meta.set("framing", options.framing);
    meta.set("createdAt", options.createdAt);
    meta.set("initialized", true);
  }, SEED);
  return true;
}
