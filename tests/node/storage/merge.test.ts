// Merging many stored updates in groups gives the same document as merging
// them at once (and as applying them one by one), whatever their order.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mergeMany } from "../../../src/storage/merge";

function history(count: number) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const updates: Uint8Array[] = [];
  a.on("update", (u: Uint8Array) => updates.push(u));
  b.on("update", (u: Uint8Array) => updates.push(u));
  const nodes = a.getMap<Y.Map<unknown>>("nodes");
  a.transact(() => {
    for (let i = 0; i < 50; i++) {
      const map = new Y.Map<unknown>();
      nodes.set(`e${i}`, map);
      map.set("title", `Title ${i}`);
    }
  });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const other = b.getMap<Y.Map<unknown>>("nodes");
  for (let i = 0; i < count; i++) {
    // Two writers, moves, retitles and deletes: overlapping clocks and delete sets.
    const doc = i % 3 === 0 ? b : a;
    const map = (doc === a ? nodes : other).get(`e${i % 50}`);
    if (i % 97 === 0) (doc === a ? nodes : other).delete(`e${(i * 7) % 50}`);
    else map?.set(i % 2 ? "title" : "position", i % 2 ? `T${i}` : { x: i, y: -i });
    if (i % 10 === 0) {
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    }
  }
  return updates;
}

const contentOf = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getMap("nodes").toJSON();
};

describe("mergeMany", () => {
  it("gives the same content as Y.mergeUpdates and as applying each update", () => {
    const updates = history(700);
    expect(updates.length).toBeGreaterThan(64 * 2);
    const one = new Y.Doc();
    for (const u of updates) Y.applyUpdate(one, u);
    const expected = one.getMap("nodes").toJSON();
    expect(contentOf(mergeMany(updates))).toEqual(expected);
    expect(contentOf(Y.mergeUpdates(updates))).toEqual(expected);
    // Rows can come in any order (e.g. written by two tabs).
    const shuffled = [...updates].reverse();
    expect(contentOf(mergeMany(shuffled))).toEqual(expected);
  });

  it("returns a single update as is and merges none into an empty update", () => {
    const [first] = history(1);
    expect(mergeMany([first])).toBe(first);
    expect(contentOf(mergeMany([]))).toEqual({});
  });
});
