// A labelled text field that writes to the document when the person finishes
// (leaving the field, or Enter on one line), not on every keystroke: one edit
// is one undo step and the browser's own undo works on the draft. What it
// shows and writes is useDraft's: a peer's change shows until this person
// types, and only this person's change is written. Escape puts back what the
// document holds. Optional: a height, a hint or error below
// (aria-describedby), and onCommit returning false to keep a refused draft.
import type { ReactNode } from "react";
import { useDraft } from "../../fields/useDraft";

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  /** Gets the text to write; false refuses it (it stays in the field to fix). */
  onCommit: (value: string) => unknown;
  /** After Escape put back the document's value. */
  onReset?: () => void;
  maxLength: number;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "url";
  disabled?: boolean;
  placeholder?: string;
  /** Ids of the hint or error below the field. */
  describedBy?: string;
  invalid?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const draft = useDraft(props.value, props.onCommit, { label: props.label });
  const common = {
    id: props.id,
    className: "text-input",
    value: draft.text,
    maxLength: props.maxLength,
    disabled: props.disabled,
    placeholder: props.placeholder,
    "aria-describedby": props.describedBy,
    "aria-invalid": props.invalid || undefined,
    onBlur: draft.commit,
    onChange: (e: { target: { value: string } }) => draft.change(e.target.value),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === "Enter" && !props.multiline) draft.commit();
      if (e.key === "Escape") {
        e.preventDefault();
        draft.reset();
        props.onReset?.();
      }
    },
  };
  return (
    <div className={props.className ? `field ${props.className}` : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} />
      ) : (
        <input {...common} type={props.type ?? "text"} />
      )}
      {props.children}
    </div>
  );
}
