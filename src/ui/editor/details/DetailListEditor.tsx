// One list of details on an element or a link (assumptions, indicators or
// evidence), driven by its ListSpec: each item a labelled group of fields
// with a remove button, or a collapsible card (indicators); an add button
// that adds an empty item and puts the cursor in its first field. After a
// removal the cursor goes to the add button, so a keyboard user keeps their
// place, and a message says what happened.
import { useEffect, useId, useRef, useState } from "react";
import "./details.css";
import { MAX_DETAIL_TEXT } from "../../../domain/details";
import { addDetailItem, editDetailItem, removeDetailItem } from "../../../store/detailActions";
import { showMessage } from "../../../store/notices";
import { TextField } from "../../common/TextField";
import type { FieldSpec, ListSpec } from "./detailSpecs";
import { EvidenceLinkField } from "./EvidenceLinkField";

type Item = Readonly<{ id: string }> & Readonly<Record<string, string>>;

export function DetailListEditor(props: {
  ownerId: string;
  spec: ListSpec;
  items: ReadonlyArray<object & { id: string }>;
  disabled: boolean;
  /** False hides the add button (indicators on a kind that does not take them). */
  canAdd?: boolean;
}) {
  const { ownerId, spec, disabled } = props;
  const items = props.items as readonly Item[];
  const base = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const fieldId = (itemId: string, key: string) => `${base}-${itemId}-${key}`;

  // Puts the cursor in a new item's first field once it is on screen.
  useEffect(() => {
    if (!fresh) return;
    const first = spec.fields[0];
    const field = first && document.getElementById(fieldId(fresh, first.key));
    if (field) {
      field.focus();
      setFresh(null);
    }
  });

  const add = () => {
    const id = addDetailItem(ownerId, spec.list);
    if (id) setFresh(id);
  };
  const remove = (item: Item, index: number) => {
    removeDetailItem(ownerId, spec.list, item.id);
    const section = listRef.current?.closest("details");
    (addRef.current ?? section?.querySelector("summary"))?.focus();
    showMessage(`${spec.noun} ${index + 1} removed. Undo brings it back.`);
  };

  return (
    <div className="detail-list">
      {items.length === 0 ? (
        <p className="hint">{spec.empty}</p>
      ) : (
        <ul className="detail-list__items" ref={listRef}>
          {items.map((item, index) => (
            <DetailItem
              key={item.id}
              item={item}
              name={`${spec.noun} ${index + 1}`}
              spec={spec}
              ownerId={ownerId}
              disabled={disabled}
              isNew={item.id === fresh}
              fieldId={(key) => fieldId(item.id, key)}
              onRemove={() => remove(item, index)}
            />
          ))}
        </ul>
      )}
      {props.canAdd !== false && (
        <button
          ref={addRef}
          type="button"
          className="button button--small"
          disabled={disabled}
          onClick={add}
        >
          <span aria-hidden="true">+</span> {spec.addLabel}
        </button>
      )}
    </div>
  );
}

function DetailItem(props: {
  item: Item;
  /** "Assumption 2": the item's group name. */
  name: string;
  spec: ListSpec;
  ownerId: string;
  disabled: boolean;
  isNew: boolean;
  fieldId: (key: string) => string;
  onRemove: () => void;
}) {
  const { item, name, spec } = props;
  const [open, setOpen] = useState(props.isNew);
  const body = (
    <div className="detail-item__fields">
      {spec.fields.map((field) => (
        <ItemField key={field.key} field={field} {...props} />
      ))}
      <div className="detail-item__actions">
        <button
          type="button"
          className="button button--small button--danger"
          disabled={props.disabled}
          onClick={props.onRemove}
          aria-label={`Remove ${name.toLowerCase()}`}
        >
          Remove
        </button>
      </div>
    </div>
  );
  if (!spec.summary) {
    return (
      <li className="detail-item">
        <fieldset className="detail-item__group">
          <legend className="detail-item__legend">{name}</legend>
          {body}
        </fieldset>
      </li>
    );
  }
  const summary = spec.summary(item);
  const summaryId = props.fieldId("summary");
  return (
    <li className="detail-item detail-item--card">
      <details
        open={open || props.isNew}
        onToggle={(e) => setOpen(e.currentTarget.open)}
        aria-labelledby={summaryId}
      >
        <summary id={summaryId} className="detail-item__summary">
          <span className="detail-item__legend">{name}</span>
          <span className="detail-item__heading">{summary.heading}</span>
          {summary.detail && <span className="detail-item__detail">{summary.detail}</span>}
        </summary>
        {body}
      </details>
    </li>
  );
}

function ItemField(props: {
  field: FieldSpec;
  item: Item;
  ownerId: string;
  spec: ListSpec;
  disabled: boolean;
  fieldId: (key: string) => string;
}) {
  const { field, item, ownerId, spec, disabled } = props;
  const id = props.fieldId(field.key);
  const value = item[field.key] ?? "";
  const half = field.half ? "field--half" : "";
  const write = (next: string) =>
    editDetailItem(ownerId, spec.list, item.id, { [field.key]: next });
  if (field.kind === "link") {
    return (
      <EvidenceLinkField
        id={id}
        ownerId={ownerId}
        itemId={item.id}
        label={field.label}
        url={value}
        title={item.title ?? ""}
        disabled={disabled}
      />
    );
  }
  if (field.kind === "choice") {
    return (
      <div className={`field ${half}`}>
        <label htmlFor={id}>{field.label}</label>
        <select
          id={id}
          className="text-input"
          value={value}
          disabled={disabled}
          onChange={(e) => write(e.target.value)}
        >
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <TextField
      id={id}
      label={field.label}
      value={value}
      multiline={field.kind === "paragraph"}
      rows={3}
      maxLength={MAX_DETAIL_TEXT}
      disabled={disabled}
      placeholder={field.placeholder}
      className={half}
      onCommit={write}
    />
  );
}
