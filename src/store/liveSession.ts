// Live sessions. `joinLiveSession` makes a LiveSession: an open document
// connected to a room (y-webrtc, the peer guard) with this person's
// presence, shown through a SessionView, until `leave()`, which keeps the
// local copy. The editor's session is kept in a slot here
// (`joinRoom`/`leaveRoom`, shown in `useCollab`): joining the room it is
// already in reuses it (React StrictMode mounts effects twice).
import { create } from "zustand";
import type { Point } from "../domain/geometry";
import { cleanName, type Participant } from "../domain/presence";
import { formatRoomFragment, newRoomSecret, type RoomLink } from "../domain/roomLink";
import { watchPeerSyncs } from "../live/afterPeerSync";
import { resolveSessionConfig } from "../live/config";

// Connection settings kept on this device (the settings dialog): ui reaches them through the store.
export { loadLocalSettings, readSettings, saveLocalSettings } from "../live/config";

// Type-only: the session code (y-webrtc, simple-peer, the peer guard) is loaded when a
// session starts, so the first paint does not wait for it.
import type { RoomConnection, SessionState } from "../live/liveSession";
import { createPresence, type LocalPresence, type Presence } from "../live/presence";
import { type EditorDocument, editorDocument } from "./editorDocument";
import { useEditor } from "./editorStore";
import { showMessage } from "./notices";

const NAME_KEY = "toc-studio:display-name";
export const LARGE_ROOM = 16;

/** Where a live session is shown: each callback gets what changed. */
export interface SessionView {
  state(state: SessionState): void;
  participants(participants: Participant[]): void;
}

export interface LiveSession {
  readonly link: RoomLink;
  readonly document: EditorDocument;
  /** This person's cursor, selection or drag, as peers see it. */
  updatePresence(patch: Partial<LocalPresence>): void;
  /** Leaves the room; resolves once it is released (it may then be joined again). */
  leave(): Promise<void>;
}

// y-webrtc keeps one connection per room name in the whole page: a room is
// joined again only once its last leaving is complete.
const leavingRooms = new Map<string, Promise<void>>();

/** Joins `link`'s room with `document` (once it has loaded) as `name`. */
export function joinLiveSession(
  document: EditorDocument,
  link: RoomLink,
  name: string,
  view: SessionView,
): LiveSession {
  let left = false;
  let connection: RoomConnection | null = null;
  let presence: Presence | null = null;
  const stops: Array<() => void> = [];
  const started = (async () => {
    await leavingRooms.get(link.roomId);
    await document.ready;
    const [config, { startLiveSession }] = await Promise.all([
      resolveSessionConfig(),
      import("../live/liveSession"),
    ]);
    const opened = document.opened;
    if (left || !opened) return;
    connection = startLiveSession(opened.doc, link.roomId, link.secret, config);
    presence = createPresence(connection.awareness, cleanName(name) || "Someone");
    view.state(connection.getState());
    stops.push(connection.subscribe(view.state));
    stops.push(presence.onParticipants(view.participants));
    stops.push(watchPeerSyncs(connection, opened));
  })().catch((err) => console.error(err));
  let leaving: Promise<void> | null = null;
  return {
    link,
    document,
    updatePresence(patch) {
      presence?.update(patch);
    },
    leave() {
      if (leaving) return leaving;
      left = true;
      for (const s of stops) s();
      presence?.destroy();
      const done = started.then(() => connection?.destroy()).catch((err) => console.error(err));
      leaving = done;
      leavingRooms.set(link.roomId, done);
      void done.then(() => {
        if (leavingRooms.get(link.roomId) === done) leavingRooms.delete(link.roomId);
      });
      return done;
    },
  };
}

// ---- The editor's session: the one the editor screen shows. ----

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

let live: { key: string; session: LiveSession; stop: () => void } | null = null;
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

/** The editor's view of its session: `useCollab`, and a message when a peer is turned away. */
function editorSessionView(link: RoomLink): SessionView {
  let rejected = 0;
  return {
    state(session) {
      useCollab.setState({ link, session });
      if (session.rejectedPeers > rejected) {
        rejected = session.rejectedPeers;
        showMessage(
          "A participant sent something that could not be used, so they were disconnected. Your document is unchanged.",
          "error",
        );
      }
    },
    participants: (participants) => useCollab.setState({ participants }),
  };
}

/** Joins the room of the editor's document (nothing if the editor shows another). */
export async function joinRoom(link: RoomLink, name: string): Promise<void> {
  const key = `${link.roomId},${link.secret}`;
  if (live?.key === key) return;
  const previous = leaveRoom();
  const document = editorDocument();
  if (document?.id !== link.roomId) return;
  const session = joinLiveSession(document, link, name, editorSessionView(link));
  // Presence follows this person's selection and drags.
  const stop = useEditor.subscribe((s, prev) => {
    if (s.selectedElements !== prev.selectedElements)
      session.updatePresence({ selection: [...s.selectedElements] });
    if (s.dragPreview !== prev.dragPreview) {
      session.updatePresence({
        dragging: s.dragPreview ? Object.fromEntries(s.dragPreview) : null,
      });
    }
  });
  live = { key, session, stop };
  await previous;
}

export function updateCursor(cursor: Point | null): void {
  live?.session.updatePresence({ cursor });
}

export function leaveRoom(): Promise<void> {
  if (!live) return leaving;
  const { session, stop } = live;
  live = null;
  stop();
  leaving = session.leave();
  useCollab.setState({ link: null, session: null, participants: [] });
  return leaving;
}
