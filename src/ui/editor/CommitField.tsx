// A text field that writes to the document when the user finishes (Enter for
// one line, leaving the field for both), not on every keystroke: one edit is
// one undo step, and a peer's change shows while the field is not focused.
import { useEffect, useState } from "react";

export function CommitField(props: {
  id: string;
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  maxLength: number;
  disabled?: boolean;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(props.value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(props.value);
  }, [props.value, focused]);
  const commit = () => {
    if (draft !== props.value) props.onCommit(draft);
  };
  const common = {
    id: props.id,
    className: "text-input",
    value: draft,
    maxLength: props.maxLength,
    disabled: props.disabled,
    placeholder: props.placeholder,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      commit();
    },
  };
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={5} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") setDraft(props.value);
          }}
        />
      )}
    </div>
  );
}
