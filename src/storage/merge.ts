// Merging many Yjs updates into one. Y.mergeUpdates re-sorts every input's
// reader for each run of structs it writes, so its time grows with the square
// of the number of updates: 10,000 stored edits took about 2 s to merge on
// load, a peer's burst of 1,000 updates a few hundred ms to save. Merging in
// groups of at most FAN_IN, then merging the results, gives the same update
// content (merging is associative) in near-linear time.
import * as Y from "yjs";

const FAN_IN = 64;

export function mergeMany(updates: readonly Uint8Array[]): Uint8Array {
  if (updates.length === 1) return updates[0];
  if (updates.length <= FAN_IN) return Y.mergeUpdates(updates as Uint8Array[]);
  let level = updates as Uint8Array[];
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += FAN_IN) {
      const group = level.slice(i, i + FAN_IN);
      next.push(group.length === 1 ? group[0] : Y.mergeUpdates(group));
    }
    level = next;
  }
  return level[0];
}
