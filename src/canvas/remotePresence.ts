// Other participants' selections and live drags, indexed by element, for the
// node builder. The selection key is a string so an unchanged remote
// selection keeps node identity.
import type { Point } from "../domain/geometry";
import type { Participant } from "../domain/presence";

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

export function selectionKey(marks: Array<{ name: string; colour: string }> | undefined): string {
  return marks ? marks.map((m) => `${m.colour}:${m.name}`).join("|") : "";
}
