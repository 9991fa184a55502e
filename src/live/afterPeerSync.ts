// What a completed sync with peers may require of the open document: a peer
// may bring an older document (migrate it) or a newer one (stop writing).
// Runs once per sync — when the session's `synced` turns true, and again only
// after a reconnect brings a new sync — never on every change of the
// session's state (peer counts, signaling status…).
import { isNewerThanApp, runMigrations } from "../doc/migrations";
import type { OpenDocument } from "../storage/openDocument";

/** The part of a live session this needs (a plain source in tests). */
export interface SyncSource {
  getState(): { synced: boolean };
  subscribe(listener: (state: { synced: boolean }) => void): () => void;
}

/** Calls `onSync` each time `synced` goes from false to true; returns a stop. */
export function onEachSync(session: SyncSource, onSync: () => void): () => void {
  let synced = session.getState().synced;
  if (synced) onSync();
  return session.subscribe((state) => {
    if (state.synced && !synced) onSync();
    synced = state.synced;
  });
}

type SyncedDocument = Pick<OpenDocument, "doc" | "readOnly" | "becomeReadOnly">;

/** Migrates an older document, or switches a newer one to read-only. */
export function checkAfterPeerSync(open: SyncedDocument): void {
  if (isNewerThanApp(open.doc)) open.becomeReadOnly();
  else if (!open.readOnly) runMigrations(open.doc);
}

export function watchPeerSyncs(session: SyncSource, open: SyncedDocument): () => void {
  return onEachSync(session, () => checkAfterPeerSync(open));
}
