// The import worker (a module worker): reads the file a person picked or
// dropped (unpacking, checking and parsing it) and builds the new document's
// state, all off the main thread, so the page keeps answering while a large
// or hostile file is read. Answers {file, now} with an ImportReply.
import { buildImportedState } from "../tocJson/importDocument";
import type { ImportReply } from "./importInWorker";
import { readImport } from "./readImport";

const READ_FAILED = "This file could not be read. Nothing was changed.";

self.onmessage = async (event: MessageEvent<{ file: File; now: number }>) => {
  const { file, now } = event.data;
  let reply: ImportReply;
  try {
    const result = await readImport(file);
    reply = result.ok
      ? {
          ok: true,
          state: buildImportedState(result.document, now),
          title: result.document.title,
          repairs: result.repairs,
        }
      : result;
  } catch (error) {
    console.error("Reading the file failed", error);
    reply = { ok: false, message: READ_FAILED };
  }
  self.postMessage(reply, { transfer: reply.ok ? [reply.state.buffer as ArrayBuffer] : [] });
};
