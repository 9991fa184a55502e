// Whether a peer's update can be used: it decodes and applies to a scratch
// document without throwing. Pure, so node tests run the same check the
// worker runs (updateCheck.worker.ts); the app only calls it in that worker,
// since a crafted update can stall the decoder (yjs issue 687).
import * as Y from "yjs";

export function updateApplies(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    const scratch = new Y.Doc();
    try {
      Y.applyUpdate(scratch, update);
    } finally {
      scratch.destroy();
    }
    return true;
  } catch {
    return false;
  }
}
