// A labelled text field that writes to the document when the person finishes
// (leaving the field, or Enter on one line), not on every keystroke: one edit
// is one undo step, the browser's own undo works on the draft, and a peer's
// change shows while the field is not being edited. Escape puts back what the
// document holds. Like CommitField, plus a chosen height, a hint or error
// below (aria-describedby) and a way to keep a refused draft on screen.
import { type ReactNode, useEffect, useState } from "react";

export function DraftField(props: {
  id: string;
  label: string;
  value: string;
  onCommit: (value: string) => void;
  maxLength: number;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "url";
  disabled?: boolean;
  placeholder?: string;
  /** Ids of the hint or error below the field. */
  describedBy?: string;
  invalid?: boolean;
  /** While true, the draft is not replaced by the document's value (a refused value stays to fix). */
  keepDraft?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const { value, keepDraft } = props;
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused && !keepDraft) setDraft(value);
  }, [value, focused, keepDraft]);
  const commit = () => {
    if (draft !== value || keepDraft) props.onCommit(draft);
  };
  const common = {
    id: props.id,
    className: "text-input",
    value: draft,
    maxLength: props.maxLength,
    disabled: props.disabled,
    placeholder: props.placeholder,
    "aria-describedby": props.describedBy,
    "aria-invalid": props.invalid || undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      commit();
    },
  };
  return (
    <div className={`field ${props.className ?? ""}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          {...common}
          rows={props.rows ?? 3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              setDraft(value);
            }
          }}
        />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") {
              e.preventDefault();
              setDraft(value);
            }
          }}
        />
      )}
      {props.children}
    </div>
  );
}
