// The live session of the open document, if any: who is here, whether we
// are connected, and this person's presence. One session at a time; joining
// the same room twice (StrictMode) reuses it; leaving keeps the local copy.
import { create } from "zustand";
import { isNewerThanApp, runMigrations } from "../doc/migrations";
import type { Point } from "../domain/geometry";
import { cleanName, type Participant } from "../domain/presence";
import { formatRoomFragment, newRoomSecret, type RoomLink } from "../domain/roomLink";
import { resolveSessionConfig } from "../sync/session/config";
// Type-only: the session code (y-webrtc, simple-peer, the peer guard) is loaded when a
// session starts, so the first paint does not wait for it.
import type { LiveSession, SessionState } from "../sync/session/liveSession";
import { createPresence, type Presence } from "../sync/session/presence";
import { useEditor } from "./editorStore";
import { showMessage } from "./notices";
import { whenOpen } from "./session";

const NAME_KEY = "toc-studio:display-name";
export const LARGE_ROOM = 16;

interface CollabState {
  link: RoomLink | null;
  session: SessionState | null;
  participants: Participant[];
}

export const useCollab = create<CollabState>(() => ({
  link: null,
  session: null,
  participants: [],
}));

let live: { key: string; session: LiveSession; presence: Presence; stop: () => void } | null = null;
let leaving: Promise<void> = Promise.resolve();

export function rememberedName(): string {
  try {
    return cleanName(localStorage.getItem(NAME_KEY));
  } catch {
    return "";
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, cleanName(name));
  } catch {
    // Private browsing without storage: the name lasts for this visit only.
  }
}

/** Makes a new room for the open document and returns its link fragment. */
export function newRoomFragment(docId: string): string {
  return formatRoomFragment({ roomId: docId, secret: newRoomSecret() });
}

export async function joinRoom(link: RoomLink, name: string): Promise<void> {
  const key = `${link.roomId},${link.secret}`;
  if (live?.key === key) return;
  await leaveRoom();
  await leaving;
  const open = await whenOpen(link.roomId);
  if (!open || live) return;
  const [config, { startLiveSession }] = await Promise.all([
    resolveSessionConfig(),
    import("../sync/session/liveSession"),
  ]);
  const session = startLiveSession(open.doc, link.roomId, link.secret, config);
  const presence = createPresence(session.awareness, cleanName(name) || "Someone");
  const stops: Array<() => void> = [];
  stops.push(session.subscribe((state) => useCollab.setState({ session: state })));
  stops.push(presence.onParticipants((participants) => useCollab.setState({ participants })));
  let rejected = 0;
  stops.push(
    session.subscribe((state) => {
      if (state.rejectedPeers > rejected) {
        rejected = state.rejectedPeers;
        showMessage(
          "A participant sent something that could not be used, so they were disconnected. Your document is unchanged.",
          "error",
        );
      }
      if (state.synced) afterPeerSync(open);
    }),
  );
  // Presence follows this person's selection and drags.
  stops.push(
    useEditor.subscribe((s, prev) => {
      if (s.selectedElements !== prev.selectedElements)
        presence.update({ selection: [...s.selectedElements] });
      if (s.dragPreview !== prev.dragPreview) {
        presence.update({ dragging: s.dragPreview ? Object.fromEntries(s.dragPreview) : null });
      }
    }),
  );
  live = {
    key,
    session,
    presence,
    stop: () => {
      for (const s of stops) s();
    },
  };
  useCollab.setState({ link, session: session.getState(), participants: [] });
}

/** A peer may bring an older document (migrate it) or a newer one (stop writing). */
function afterPeerSync(open: NonNullable<Awaited<ReturnType<typeof whenOpen>>>): void {
  if (isNewerThanApp(open.doc)) {
    open.readOnly = true;
    useEditor.setState({ open: "too-new" });
  } else if (!open.readOnly) runMigrations(open.doc);
}

export function updateCursor(cursor: Point | null): void {
  live?.presence.update({ cursor });
}

export function leaveRoom(): Promise<void> {
  if (!live) return leaving;
  const { session, presence, stop } = live;
  live = null;
  stop();
  presence.destroy();
  leaving = session.destroy();
  useCollab.setState({ link: null, session: null, participants: [] });
  return leaving;
}
