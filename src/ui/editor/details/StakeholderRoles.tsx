// Who proposed, endorsed or challenged an element: one choice per group in
// the document's stakeholder register ("—" for no record), and a button to
// add, rename or remove groups.
import { useId, useRef, useState } from "react";
import "./details.css";
import {
  ROLE_LABELS,
  STAKEHOLDER_ROLES,
  type StakeholderGroup,
  type StakeholderRole,
} from "../../../domain/details";
import type { TocModel } from "../../../domain/model";
import { recordStakeholderRole } from "../../../store/detailActions";
import { StakeholderGroupsDialog } from "./StakeholderGroupsDialog";

export function StakeholderRoles(props: {
  elementId: string;
  roles: Readonly<Record<string, StakeholderRole>>;
  model: TocModel;
  disabled: boolean;
}) {
  const { elementId, roles, model, disabled } = props;
  const base = useId();
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <p className="hint">What each group said about this in workshops or consultation.</p>
      {model.stakeholders.length === 0 ? (
        <p className="hint">No stakeholder groups yet.</p>
      ) : (
        <div className="stakeholder-roles">
          {model.stakeholders.map((group: StakeholderGroup) => (
            <div key={group.id} className="field stakeholder-roles__row">
              <label htmlFor={`${base}-${group.id}`}>{group.name}</label>
              <select
                id={`${base}-${group.id}`}
                className="text-input"
                value={roles[group.id] ?? ""}
                disabled={disabled}
                onChange={(e) =>
                  recordStakeholderRole(
                    elementId,
                    group.id,
                    (e.target.value || null) as StakeholderRole | null,
                  )
                }
              >
                <option value="" aria-label="No record">
                  —
                </option>
                {STAKEHOLDER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      )}
      <button
        ref={button}
        type="button"
        className="button button--small"
        disabled={disabled}
        onClick={() => setEditing(true)}
      >
        Edit stakeholder groups…
      </button>
      {editing && (
        <StakeholderGroupsDialog
          model={model}
          onClose={() => {
            setEditing(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
