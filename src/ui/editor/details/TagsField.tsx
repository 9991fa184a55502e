// An element's tags: type a tag and press Enter or a comma to add it (a
// pasted "a, b, c" adds three); each tag shows as a chip with its own remove
// button. At most MAX_TAGS, each up to MAX_TAG_LENGTH characters; repeats
// (in any case) are refused with a message rather than silently.
import { useId, useRef, useState } from "react";
import "./details.css";
import { MAX_TAG_LENGTH, MAX_TAGS } from "../../../domain/details";
import { lineText } from "../../../domain/records/field";
import { quoted } from "../../../domain/text";
import { setElementTags } from "../../../store/detailActions";

/** One tag as the document keeps it: one line, cut to its length, then trimmed. */
const TAG = lineText(MAX_TAG_LENGTH, { trim: true });
const fold = (tag: string) => tag.toLocaleLowerCase("en-GB");

export function TagsField(props: {
  elementId: string;
  tags: readonly string[];
  disabled: boolean;
}) {
  const { elementId, tags, disabled } = props;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [draft, setDraft] = useState("");
  const [message, setMessage] = useState("");
  const full = tags.length >= MAX_TAGS;

  /** Adds each comma-separated tag in `text`, and says what happened. */
  const addTags = (text: string) => {
    const next = [...tags];
    const seen = new Set(next.map(fold));
    const added: string[] = [];
    const notes: string[] = [];
    for (const raw of text.split(",")) {
      const tag = TAG.clean(raw);
      if (!tag) continue;
      if (raw.trim().length > MAX_TAG_LENGTH) {
        notes.push(`Shortened to ${MAX_TAG_LENGTH} characters: ${quoted(tag)}.`);
      }
      if (seen.has(fold(tag))) notes.push(`Already tagged: ${quoted(tag)}.`);
      else if (next.length >= MAX_TAGS)
        notes.push(`Not added (${MAX_TAGS} is the most): ${quoted(tag)}.`);
      else {
        next.push(tag);
        added.push(tag);
        seen.add(fold(tag));
      }
    }
    if (added.length > 0) setElementTags(elementId, next);
    setDraft("");
    setMessage(
      [added.length > 0 ? `Added tag ${added.join(", ")}.` : "", ...notes].join(" ").trim(),
    );
  };

  const removeTag = (index: number) => {
    setElementTags(
      elementId,
      tags.filter((_, i) => i !== index),
    );
    setMessage(`Removed tag ${tags[index]}.`);
    // Keep the keyboard user's place: the next tag's remove button, else the field.
    const buttons = listRef.current?.querySelectorAll("button");
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    (next ?? inputRef.current)?.focus();
  };

  return (
    <fieldset className="tags">
      <legend className="tags__legend">Tags</legend>
      {tags.length > 0 ? (
        <ul className="tags__list" ref={listRef} aria-label="Tags on this element">
          {tags.map((tag, index) => (
            <li key={tag} className="tag">
              <span className="tag__text">{tag}</span>
              <button
                type="button"
                className="tag__remove"
                disabled={disabled}
                onClick={() => removeTag(index)}
                aria-label={`Remove tag ${tag}`}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No tags yet.</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-add`}>Add a tag</label>
        <input
          ref={inputRef}
          id={`${id}-add`}
          className="text-input"
          value={draft}
          maxLength={MAX_TAG_LENGTH * 4}
          disabled={disabled || full}
          aria-describedby={`${id}-hint ${id}-message`}
          onChange={(e) => {
            const text = e.target.value;
            if (text.includes(",")) addTags(text);
            else setDraft(text);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              addTags(draft);
            }
          }}
          onBlur={() => draft.trim() && addTags(draft)}
        />
        <p id={`${id}-hint`} className="hint field__hint">
          {full
            ? `${MAX_TAGS} tags is the most one element can have. Remove one to add another.`
            : `Press Enter or type a comma to add. Up to ${MAX_TAGS} tags.`}
        </p>
        <p id={`${id}-message`} className="field__message" aria-live="polite">
          {message}
        </p>
      </div>
    </fieldset>
  );
}
