// The import worker (a module worker): reads the file a person picked or
// dropped (unpacking, checking and parsing it) and builds the new document's
// state, all off the main thread, so the page keeps answering while a large
// or hostile file is read. Answers {file, now} with an ImportReply.
import { type ImportReply, importInPlace, READ_FAILED } from "./importReply";

self.onmessage = async (event: MessageEvent<{ file: File; now: number }>) => {
  const { file, now } = event.data;
  let reply: ImportReply;
  try {
    reply = await importInPlace(file, now);
  } catch (error) {
    console.error("Reading the file failed", error);
    reply = { ok: false, message: READ_FAILED };
  }
  self.postMessage(reply, { transfer: reply.ok ? [reply.state.buffer as ArrayBuffer] : [] });
};
