// Invariant: what a sync with peers requires of the open document (migrate
// an older one, stop writing a newer one) runs once per sync — when the
// session's `synced` turns true, and again only after a reconnect brings a
// new sync — not on every change of the session's state.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MIGRATION, REMOTE } from "../../../src/doc/origins";
import { createDoc, getMaps, SCHEMA_VERSION } from "../../../src/doc/schema";
import { onEachSync, watchPeerSyncs } from "../../../src/live/afterPeerSync";
import { seededDoc } from "../doc/helpers";

interface State {
  synced: boolean;
  peers: number;
  signaling: string;
}

/** A session whose state the test sets, as liveSession's subscribers see it. */
function fakeSession(initial: Partial<State> = {}) {
  let state: State = { synced: false, peers: 0, signaling: "connecting", ...initial };
  const listeners = new Set<(s: State) => void>();
  return {
    getState: () => state,
    subscribe(listener: (s: State) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(patch: Partial<State>) {
      state = { ...state, ...patch };
      for (const l of listeners) l(state);
    },
  };
}

function migrationsIn(doc: Y.Doc): { count: number } {
  const seen = { count: 0 };
  doc.on("afterTransaction", (t: Y.Transaction) => {
    if (t.origin === MIGRATION) seen.count++;
  });
  return seen;
}

/** A peer's copy of `doc` written as schema version 1 (an older app's). */
function olderPeerUpdate(from: Y.Doc): Uint8Array {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(from));
  getMaps(peer).meta.set("schemaVersion", 1);
  return Y.encodeStateAsUpdate(peer, Y.encodeStateVector(from));
}

describe("onEachSync", () => {
  it("runs once per sync, not on every state change, and again after a reconnect", () => {
    const session = fakeSession({ signaling: "connecting" });
    let syncs = 0;
    const stop = onEachSync(session, () => syncs++);
    session.set({ signaling: "connected" });
    session.set({ peers: 1 });
    expect(syncs).toBe(0);
    session.set({ synced: true });
    expect(syncs).toBe(1);
    for (let peers = 2; peers < 12; peers++) session.set({ peers });
    session.set({ signaling: "offline" });
    session.set({ signaling: "connected" });
    expect(syncs).toBe(1);
    // Every peer lost, then a reconnect brings a new sync.
    session.set({ peers: 0, synced: false });
    session.set({ peers: 1 });
    expect(syncs).toBe(1);
    session.set({ synced: true });
    expect(syncs).toBe(2);
    stop();
    session.set({ synced: false });
    session.set({ synced: true });
    expect(syncs).toBe(2);
  });

  it("counts a session already synced when watched", () => {
    let syncs = 0;
    onEachSync(fakeSession({ synced: true, peers: 1 }), () => syncs++);
    expect(syncs).toBe(1);
  });
});

describe("watchPeerSyncs", () => {
  it("migrates what an older peer brought once per sync", () => {
    const doc = seededDoc();
    const open = { doc, readOnly: false, becomeReadOnly: () => {} };
    const migrations = migrationsIn(doc);
    const session = fakeSession({ peers: 1 });
    watchPeerSyncs(session, open);

    Y.applyUpdate(doc, olderPeerUpdate(doc), REMOTE);
    session.set({ synced: true });
    expect(migrations.count).toBe(1);
    expect(getMaps(doc).meta.get("schemaVersion")).toBe(SCHEMA_VERSION);

    // The older peer writes again; state changes alone do not migrate it.
    Y.applyUpdate(doc, olderPeerUpdate(doc), REMOTE);
    for (let peers = 2; peers < 6; peers++) session.set({ peers });
    expect(migrations.count).toBe(1);
    expect(getMaps(doc).meta.get("schemaVersion")).toBe(1);

    session.set({ peers: 0, synced: false });
    session.set({ peers: 1, synced: true });
    expect(migrations.count).toBe(2);
    expect(getMaps(doc).meta.get("schemaVersion")).toBe(SCHEMA_VERSION);
  });

  it("switches to read-only once when a peer brings a newer document, and never migrates it", () => {
    const doc = createDoc();
    let readOnly = false;
    let told = 0;
    const open = {
      doc,
      get readOnly() {
        return readOnly;
      },
      becomeReadOnly: () => {
        readOnly = true;
        told++;
      },
    };
    const migrations = migrationsIn(doc);
    const session = fakeSession({ peers: 1 });
    watchPeerSyncs(session, open);
    const newer = new Y.Doc();
    getMaps(newer).meta.set("schemaVersion", SCHEMA_VERSION + 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(newer), REMOTE);
    session.set({ synced: true });
    for (let peers = 2; peers < 6; peers++) session.set({ peers });
    expect(readOnly).toBe(true);
    expect(told).toBe(1);
    expect(migrations.count).toBe(0);
    expect(getMaps(doc).meta.get("schemaVersion")).toBe(SCHEMA_VERSION + 1);
  });
});
