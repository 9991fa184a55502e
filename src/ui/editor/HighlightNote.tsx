// While a highlight is on (the pathway through an element, or a stakeholder
// filter), a line of text says what is shown (dimming is not the only signal)
// with a button to show everything again.

import { runAction } from "../../actions/registry";
import type { StakeholderRole } from "../../domain/details";
import { ROLE_LABELS } from "../../domain/details";
import type { TocModel } from "../../domain/model";
import { quoted } from "../../domain/text";
import { useEditor } from "../../store/editorStore";

/** While a highlight is on, says in words what is shown, with a way back. */
export function HighlightNote({ model }: { model: TocModel }) {
  const focus = useEditor((s) => s.pathwayFocus);
  const filter = useEditor((s) => s.stakeholderFilter);
  const focused = focus ? model.elements.find((e) => e.id === focus) : undefined;
  const filteredGroup = filter
    ? model.stakeholders.find((s) => s.id === filter.stakeholderId)
    : undefined;
  return (
    <>
      {(focused || filteredGroup) && (
        <p className="banner banner--info highlight-note" role="status">
          {focused
            ? `Showing the pathway through ${quoted(focused.title || "Untitled")}: what leads to it and what it leads to. Other elements are faded.`
            : `Showing what ${filteredGroup?.name} ${ROLE_LABELS[filter?.role ?? "proposed"].toLowerCase()}: ${countMatching(model, filter)}. Other elements are faded.`}{" "}
          <button
            type="button"
            className="button button--small"
            // The same actions the View menu runs: the pathway toggle, or the filter's "Everything".
            onClick={() =>
              void (focused
                ? runAction("show-pathway")
                : runAction("stakeholder-filter", { value: "" }))
            }
          >
            Show everything
          </button>
        </p>
      )}
    </>
  );
}

function countMatching(
  model: TocModel,
  filter: { stakeholderId: string; role: StakeholderRole } | null,
): string {
  if (!filter) return "";
  const n = model.elements.filter(
    (e) => e.stakeholders[filter.stakeholderId] === filter.role,
  ).length;
  return n === 1 ? "1 element" : `${n} elements`;
}
