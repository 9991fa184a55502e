// The second toolbar row: arranging and viewing the model. Auto-layout by
// stage and tidying the selection, grouping, the accountability ceiling, the
// pathway through the selected element and the stakeholder filter. While a
// highlight is on, a line of text says what is shown (dimming is not the only
// signal) with a button to show everything again.
import { useState } from "react";
import { ROLE_LABELS, STAKEHOLDER_ROLES, type StakeholderRole } from "../../domain/details";
import { MAX_TITLE_LENGTH, type TocModel } from "../../domain/model";
import { FRAMINGS, STAGE_IDS, type StageId } from "../../domain/stages";
import { quoted } from "../../domain/text";
import { prepareLayout } from "../../layout/runLayout";
import {
  filterByStakeholder,
  focusPathway,
  groupSelection,
  layOut,
  renameGroupTo,
  setCeiling,
  ungroup,
} from "../../store/arrange";
import { useEditor } from "../../store/editorStore";
import { TextPromptDialog } from "../common/TextPromptDialog";

type Prompt = { kind: "new" } | { kind: "rename"; groupId: string; title: string } | null;

export function ArrangeBar({ model }: { model: TocModel }) {
  const readOnly = useEditor((s) => s.open !== "ready");
  const selected = useEditor((s) => s.selectedElements);
  const focus = useEditor((s) => s.pathwayFocus);
  const filter = useEditor((s) => s.stakeholderFilter);
  const [prompt, setPrompt] = useState<Prompt>(null);
  const [busy, setBusy] = useState(false);
  const names = FRAMINGS[model.meta.framing].stageNames;
  const chosen = model.elements.filter((e) => selected.has(e.id));
  const one = chosen.length === 1 ? chosen[0] : undefined;
  const sharedGroup =
    chosen.length > 0 && chosen.every((e) => e.group && e.group === chosen[0].group)
      ? model.groups.find((g) => g.id === chosen[0].group)
      : undefined;

  const run = async (selectionOnly: boolean) => {
    setBusy(true);
    try {
      await layOut(selectionOnly);
    } finally {
      setBusy(false);
    }
  };

  const filterValue = filter ? `${filter.stakeholderId}|${filter.role}` : "";

  return (
    <>
      <div className="toolbar toolbar--arrange" role="toolbar" aria-label="Arrange and view">
        <fieldset className="toolbar__group">
          <legend className="visually-hidden">Arrange</legend>
          <button
            type="button"
            className="tool"
            disabled={readOnly || busy || model.elements.length === 0}
            onClick={() => void run(false)}
            onPointerEnter={() => void prepareLayout()}
            onFocus={() => void prepareLayout()}
            aria-busy={busy}
          >
            Lay out by stage
          </button>
          <button
            type="button"
            className="tool"
            disabled={readOnly || busy || chosen.length < 2}
            onClick={() => void run(true)}
          >
            Tidy selection
          </button>
          {sharedGroup ? (
            <>
              <button
                type="button"
                className="tool"
                disabled={readOnly}
                onClick={() =>
                  setPrompt({ kind: "rename", groupId: sharedGroup.id, title: sharedGroup.title })
                }
              >
                Rename group
              </button>
              <button
                type="button"
                className="tool"
                disabled={readOnly}
                onClick={() => ungroup(sharedGroup.id)}
              >
                Ungroup
              </button>
            </>
          ) : (
            <button
              type="button"
              className="tool"
              disabled={readOnly || chosen.length === 0}
              onClick={() => setPrompt({ kind: "new" })}
            >
              Group selection
            </button>
          )}
        </fieldset>
        <fieldset className="toolbar__group">
          <legend className="visually-hidden">View</legend>
          <button
            type="button"
            className="tool"
            aria-pressed={focus !== null}
            disabled={!one && focus === null}
            onClick={() => focusPathway(focus ? null : (one?.id ?? null))}
          >
            Show pathway
          </button>
          <label className="tool-select">
            <span>Show</span>
            <select
              className="text-input"
              value={filterValue}
              onChange={(e) => {
                const [stakeholderId, role] = e.target.value.split("|");
                filterByStakeholder(
                  stakeholderId ? { stakeholderId, role: role as StakeholderRole } : null,
                );
              }}
            >
              <option value="">everything</option>
              {model.stakeholders.map((s) => (
                <optgroup key={s.id} label={s.name}>
                  {STAKEHOLDER_ROLES.map((role) => (
                    <option key={role} value={`${s.id}|${role}`}>
                      what {s.name} {ROLE_LABELS[role].toLowerCase()}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label className="tool-select">
            <span>Accountability ceiling</span>
            <select
              className="text-input"
              value={model.meta.ceiling ?? ""}
              disabled={readOnly}
              onChange={(e) => setCeiling((e.target.value || null) as StageId | null)}
            >
              <option value="">none</option>
              {STAGE_IDS.slice(0, -1).map((stage) => (
                <option key={stage} value={stage}>
                  above {names[stage]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </div>
      {prompt && (
        <TextPromptDialog
          title={prompt.kind === "new" ? "Group the selected elements" : "Rename the group"}
          label="Group name (for example, a workstream)"
          initial={prompt.kind === "new" ? "" : prompt.title}
          confirm={prompt.kind === "new" ? "Group" : "Rename"}
          maxLength={MAX_TITLE_LENGTH}
          onCancel={() => setPrompt(null)}
          onDone={(title) => {
            if (prompt.kind === "new") groupSelection(title);
            else renameGroupTo(prompt.groupId, title);
            setPrompt(null);
          }}
        />
      )}
    </>
  );
}

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
            onClick={() => (focused ? focusPathway(null) : filterByStakeholder(null))}
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
