// Off the main thread: decode and trial-apply a peer's update to a scratch
// document. A crafted update can make Yjs's decoder loop for ever (yjs issue
// 687); here that only stalls this worker, which the page then terminates.
import { updateApplies } from "./updateTrial";

self.onmessage = (event: MessageEvent<{ id: number; update: Uint8Array }>) => {
  const { id, update } = event.data;
  self.postMessage({ id, ok: updateApplies(update) });
};
