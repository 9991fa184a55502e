// The number of open findings for the "Checks" tab's label, from a deferred
// copy of the mirror (so typing stays responsive on a big document) and the
// same once-per-snapshot run of the checks the panel uses.
import { useDeferredValue } from "react";
import { useEditor } from "../../../store/editorStore";
import { openFindingCount } from "../../../store/quality";

/** How many findings are open (not dismissed), or null before a document is open. */
export function useOpenFindingCount(): number | null {
  const model = useDeferredValue(useEditor((s) => s.model));
  return model ? openFindingCount(model) : null;
}
