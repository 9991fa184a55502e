// Which collapsible sections of the details panel this person has open. Kept
// while they move from element to element (open "Assumptions" once and it
// stays open for the next one); a view choice, never written to the document.
import { create } from "zustand";

export const useOpenSections = create<{ open: ReadonlySet<string> }>(() => ({ open: new Set() }));

export function setSectionOpen(id: string, open: boolean): void {
  const current = useOpenSections.getState().open;
  if (current.has(id) === open) return;
  const next = new Set(current);
  if (open) next.add(id);
  else next.delete(id);
  useOpenSections.setState({ open: next });
}
