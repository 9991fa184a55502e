// The document's stakeholder register in a modal (native <dialog>, as the
// other dialogs): add a group, rename one in place, remove one after saying
// how many elements' records go with it. Changes are shared with everyone.
import { useEffect, useId, useRef, useState } from "react";
import "./details.css";
import type { StakeholderGroup } from "../../../domain/details";
import type { TocModel } from "../../../domain/model";
import { MAX_NAME_LENGTH } from "../../../domain/records/limits";
import {
  addStakeholderGroup,
  removeStakeholderGroup,
  renameStakeholderGroup,
} from "../../../store/detailActions";
import { ConfirmDialog } from "../../common/ConfirmDialog";
import { plural } from "../../common/format";
import { useModalDialog } from "../../common/useModalDialog";

export function StakeholderGroupsDialog(props: { model: TocModel; onClose: () => void }) {
  const ref = useModalDialog();
  const id = useId();
  const addField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [renaming, setRenaming] = useState<string | null>(null);
  const [removing, setRemoving] = useState<StakeholderGroup | null>(null);
  const [message, setMessage] = useState("");
  const [focusRename, setFocusRename] = useState<string | null>(null);
  const { stakeholders, elements } = props.model;
  const recordsOf = (groupId: string) =>
    elements.filter((e) => e.stakeholders[groupId] !== undefined).length;

  // Back on the group's Rename button once its name field closes.
  useEffect(() => {
    if (!focusRename) return;
    ref.current?.querySelector<HTMLElement>(`[data-rename="${CSS.escape(focusRename)}"]`)?.focus();
    setFocusRename(null);
  }, [focusRename, ref]);

  const add = () => {
    const cleaned = name.trim();
    if (!cleaned) return;
    if (addStakeholderGroup(cleaned)) {
      setName("");
      setMessage(`Added ${cleaned}.`);
    }
  };

  return (
    <>
      <dialog
        ref={ref}
        className="dialog dialog--wide stakeholder-dialog"
        aria-labelledby={`${id}-title`}
        onCancel={props.onClose}
      >
        <h2 id={`${id}-title`}>Stakeholder groups</h2>
        <p className="hint">
          The groups whose views this theory of change records. Changes here are shared with
          everyone working on it.
        </p>
        {stakeholders.length === 0 ? (
          <p>No groups yet.</p>
        ) : (
          <ul className="stakeholder-dialog__list">
            {stakeholders.map((group) =>
              renaming === group.id ? (
                <RenameRow
                  key={group.id}
                  group={group}
                  onDone={(newName) => {
                    if (newName) {
                      renameStakeholderGroup(group.id, newName);
                      setMessage(`Renamed to ${newName}.`);
                    }
                    setRenaming(null);
                    setFocusRename(group.id);
                  }}
                />
              ) : (
                <li key={group.id} className="stakeholder-dialog__row">
                  <span className="stakeholder-dialog__name">{group.name}</span>
                  <span className="stakeholder-dialog__records">
                    {recordsOf(group.id) > 0
                      ? `On ${plural(recordsOf(group.id), "element")}`
                      : "Not used yet"}
                  </span>
                  <span className="stakeholder-dialog__actions">
                    <button
                      type="button"
                      className="button button--small"
                      data-rename={group.id}
                      aria-label={`Rename ${group.name}`}
                      onClick={() => setRenaming(group.id)}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={`Remove ${group.name}`}
                      onClick={() => setRemoving(group)}
                    >
                      Remove
                    </button>
                  </span>
                </li>
              ),
            )}
          </ul>
        )}
        <div className="field stakeholder-dialog__add">
          <label htmlFor={`${id}-add`}>New group</label>
          <div className="stakeholder-dialog__add-row">
            <input
              ref={addField}
              id={`${id}-add`}
              className="text-input"
              value={name}
              maxLength={MAX_NAME_LENGTH}
              placeholder="e.g. Carers"
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <button
              type="button"
              className="button button--small"
              disabled={!name.trim()}
              onClick={add}
            >
              Add group
            </button>
          </div>
        </div>
        <p className="field__message" aria-live="polite">
          {message}
        </p>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              ref.current?.close(); // the browser puts focus back where it was
              props.onClose();
            }}
          >
            Done
          </button>
        </div>
      </dialog>
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          body={
            recordsOf(removing.id) > 0
              ? `Its records on ${plural(recordsOf(removing.id), "element")} will be removed too.`
              : "No element has a record from this group."
          }
          confirmLabel="Remove group"
          danger
          onConfirm={() => {
            removeStakeholderGroup(removing.id);
            setMessage(`Removed ${removing.name}.`);
            setRemoving(null);
            addField.current?.focus();
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </>
  );
}

/** One group's name as a field: Enter or Save keeps it, Escape or Cancel leaves it. */
function RenameRow(props: { group: StakeholderGroup; onDone: (name: string | null) => void }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(props.group.name);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const save = () => props.onDone(draft.trim() && draft.trim() !== props.group.name ? draft : null);
  return (
    <li className="stakeholder-dialog__row stakeholder-dialog__row--editing">
      <div className="field">
        <label htmlFor={id}>New name for {props.group.name}</label>
        <input
          id={id}
          className="text-input"
          value={draft}
          maxLength={MAX_NAME_LENGTH}
          ref={field}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              save();
            } else if (e.key === "Escape") {
              e.preventDefault(); // leaves the name, not the dialog
              props.onDone(null);
            }
          }}
        />
      </div>
      <span className="stakeholder-dialog__actions">
        <button type="button" className="button button--small button--primary" onClick={save}>
          Save
        </button>
        <button type="button" className="button button--small" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </span>
    </li>
  );
}
