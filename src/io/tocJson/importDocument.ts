// Turning an ImportedDocument into the state of a brand-new document. The
// caller stores it (atomically, elsewhere); nothing here touches the open one.

import { insertFragment } from "../../doc/commands";
import { IMPORT } from "../../doc/origins";
import { writeRegisters } from "../../doc/registerCommands";
import { createDoc } from "../../doc/schema";
import { initializeDocument } from "../../doc/seed";
import { encodeDocState } from "../../doc/state";
import type { FramingId } from "../../domain/stages";
import type { ImportedDocument } from "./restore";

/** `now` stands in for createdAt when the file did not say when it was made. */
export function buildImportedState(doc: ImportedDocument, now: number): Uint8Array {
  const ydoc = createDoc();
  try {
    initializeDocument(ydoc, {
      title: doc.title,
      framing: doc.framing,
      createdAt: doc.createdAt > 0 ? doc.createdAt : now,
    });
    writeRegisters(ydoc, doc, IMPORT);
    insertFragment(ydoc, { elements: doc.elements, links: doc.links }, IMPORT);
    return encodeDocState(ydoc);
  } finally {
    ydoc.destroy();
  }
}

export interface ImportSummary {
  title: string;
  framing: FramingId;
  elementCount: number;
}

/** What to show before the user confirms an import. */
export function summarizeImported(doc: ImportedDocument): ImportSummary {
  return { title: doc.title, framing: doc.framing, elementCount: doc.elements.length };
}
