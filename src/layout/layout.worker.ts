// The layout worker (a module worker): runs ELK and the stage adapter off the
// main thread. Answers each {id, input, only} with {id, ok, positions} or
// {id, ok: false, error} in plain English; refuses malformed or oversized
// requests (request.ts) before laying anything out. The page's client
// (runLayout.ts) adds the time limit and terminates this worker on time-out.
import ELK from "elkjs/lib/elk.bundled.js";
import { layoutByStage } from "./layoutByStage";
import { type LayoutReply, readRequest } from "./request";
import { LayoutError } from "./types";

const elk = new ELK();

// Loaded in a worker, elk.bundled.js sets self.onmessage to its own dispatcher. This module's
// body runs after its imports, so the assignment below replaces that one.
self.onmessage = async (event: MessageEvent<unknown>) => {
  const request = readRequest(event.data);
  let reply: LayoutReply;
  if (!request.ok) {
    reply = { id: request.id, ok: false, error: request.error };
  } else {
    try {
      const positions = await layoutByStage(request.input, elk, request.only);
      reply = { id: request.id, ok: true, positions };
    } catch (error) {
      if (!(error instanceof LayoutError)) console.error("Auto-layout failed", error);
      reply = {
        id: request.id,
        ok: false,
        error:
          error instanceof LayoutError
            ? error.message
            : "Auto-layout could not arrange this diagram. Nothing was moved.",
      };
    }
  }
  self.postMessage(reply);
};
