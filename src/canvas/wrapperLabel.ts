// React Flow draws the wrapper of each node and link and would take its
// accessible name from the node or edge object; a name there holds titles, so
// every retitle would be a change to React Flow's whole graph (see
// buildFlow.ts). The node and link components name their wrapper instead. React
// Flow renders the wrapper's aria-label as undefined every time, so React never
// touches the attribute set here.
import { type RefObject, useLayoutEffect } from "react";

export function useWrapperLabel(
  inside: RefObject<Element | null>,
  wrapperSelector: string,
  label: string,
): void {
  useLayoutEffect(() => {
    inside.current?.closest(wrapperSelector)?.setAttribute("aria-label", label);
  }, [inside, wrapperSelector, label]);
}
