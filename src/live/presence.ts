// This participant's presence, sent through awareness at most 30 times a
// second with a trailing update (so the last cursor position always arrives),
// and everyone else's, cleaned, on every awareness change.
import type { Awareness } from "y-protocols/awareness";
import type { Point } from "../domain/geometry";
import { IDLE_AFTER_MS, type Participant, readParticipant } from "../domain/presence";

const MIN_INTERVAL_MS = 1000 / 30;

export interface LocalPresence {
  user: { name: string };
  cursor: Point | null;
  selection: string[];
  dragging: Record<string, Point> | null;
}

export interface Presence {
  update(patch: Partial<LocalPresence>): void;
  onParticipants(listener: (participants: Participant[]) => void): () => void;
  destroy(): void;
}

export function createPresence(awareness: Awareness, name: string): Presence {
  let local: LocalPresence = { user: { name }, cursor: null, selection: [], dragging: null };
  let lastSent = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    timer = null;
    lastSent = performance.now();
    awareness.setLocalState(local);
  };
  send();

  const listeners = new Set<(p: Participant[]) => void>();
  // When each peer last did something (our clock: peers' clocks may differ).
  const activity = new Map<number, { key: string; at: number }>();
  const readAll = (): Participant[] => {
    const out: Participant[] = [];
    const now = Date.now();
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const p = readParticipant(clientId, state);
      if (!p) continue;
      const key = JSON.stringify([p.cursor, p.selection, p.dragging?.size ?? 0]);
      const seen = activity.get(clientId);
      if (!seen || seen.key !== key) activity.set(clientId, { key, at: now });
      out.push({ ...p, idle: now - (activity.get(clientId)?.at ?? now) > IDLE_AFTER_MS });
    }
    return out;
  };
  const onChange = () => {
    const participants = readAll();
    for (const l of listeners) l(participants);
  };
  awareness.on("change", onChange);
  // Re-check who has gone idle even when nothing changes.
  const idleTimer = setInterval(onChange, IDLE_AFTER_MS / 4);

  return {
    update(patch) {
      local = { ...local, ...patch };
      if (timer) return;
      const wait = MIN_INTERVAL_MS - (performance.now() - lastSent);
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    },
    onParticipants(listener) {
      listeners.add(listener);
      listener(readAll());
      return () => listeners.delete(listener);
    },
    destroy() {
      if (timer) clearTimeout(timer);
      clearInterval(idleTimer);
      awareness.off("change", onChange);
      listeners.clear();
    },
  };
}
