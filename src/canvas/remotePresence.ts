// Other participants' selections and live drags, indexed by element, for the
// node builder. The selection key is a string so an unchanged remote
// selection keeps node identity; the marks key lets the canvas ignore the
// presence changes it does not draw (pointer moves, idle flags), which arrive
// up to 30 times a second per participant.
import { useMemo } from "react";
import type { Point } from "../domain/geometry";
import type { Participant } from "../domain/presence";
import { useCollab } from "../store/liveSession";

export interface RemoteMarks {
  /** element id → who selected it, e.g. [{ name, colour }]. */
  selectedBy: Map<string, Array<{ name: string; colour: string }>>;
  /** element id → where a peer is dragging it (document units). */
  dragged: Map<string, Point>;
}

export function remoteMarks(participants: readonly Participant[]): RemoteMarks {
  const selectedBy = new Map<string, Array<{ name: string; colour: string }>>();
  const dragged = new Map<string, Point>();
  for (const p of participants) {
    for (const id of p.selection) {
      const list = selectedBy.get(id) ?? [];
      list.push({ name: p.name, colour: p.colour });
      selectedBy.set(id, list);
    }
    for (const [id, point] of p.dragging ?? []) dragged.set(id, point);
  }
  return { selectedBy, dragged };
}

/** Everything remoteMarks reads, as one comparable string. */
export function marksKey(participants: readonly Participant[]): string {
  let key = "";
  for (const p of participants) {
    if (p.selection.length === 0 && !p.dragging?.size) continue;
    key += `${p.clientId}\u0000${p.name}\u0000${p.colour}\u0000${p.selection.join(",")}\u0000`;
    for (const [id, point] of p.dragging ?? []) key += `${id}@${point.x},${point.y};`;
    key += "\u0001";
  }
  return key;
}

/** The marks, recomputed only when a selection, drag, name or colour changed. */
export function useRemoteMarks(): RemoteMarks {
  const key = useCollab((s) => marksKey(s.participants));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the participants' marks
  return useMemo(() => remoteMarks(useCollab.getState().participants), [key]);
}

export function selectionKey(marks: Array<{ name: string; colour: string }> | undefined): string {
  return marks ? marks.map((m) => `${m.colour}:${m.name}`).join("|") : "";
}
