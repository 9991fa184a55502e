// The element's description: shared text several people can type into at
// once. Every input is written straight away (the document splices in only
// the changed span, so others' words survive). When someone else's typing
// lands while this field is being edited, the new text is put in and the
// caret and selection stay on the same characters. Undo and redo here are the
// app's (a run of typing is one step): the browser's own textarea history
// cannot follow text that changes under it.
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef } from "react";
import "./details.css";
import { MAX_DESCRIPTION_LENGTH } from "../../../domain/model";
import { diffText, moveCaret } from "../../../domain/textDiff";
import { redo, undo } from "../../../store/actions";
import { typeDescription } from "../../../store/detailActions";

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y, as the app's shortcuts read them. */
function historyKey(e: KeyboardEvent): "undo" | "redo" | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (!mod || e.altKey) return null;
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && e.ctrlKey && !e.shiftKey) return "redo";
  return null;
}

export function DescriptionField(props: { elementId: string; value: string; disabled: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // What the field showed after the last write or update: the base of the next edit.
  const shown = useRef(props.value);
  const latest = useRef(props.value);
  const composing = useRef(false);
  latest.current = props.value;

  /** Shows the document's text; keeps the caret on the same characters while editing. */
  const showLatest = () => {
    const field = ref.current;
    const value = latest.current;
    if (!field || composing.current) return;
    if (field.value !== value) {
      if (document.activeElement === field) {
        const splice = diffText(field.value, value);
        const { selectionStart, selectionEnd, selectionDirection, scrollTop } = field;
        field.value = value;
        if (splice) {
          field.setSelectionRange(
            moveCaret(selectionStart, splice),
            moveCaret(selectionEnd, splice),
            selectionDirection ?? undefined,
          );
        }
        field.scrollTop = scrollTop;
      } else {
        field.value = value;
      }
    }
    shown.current = value;
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new document value
  useLayoutEffect(showLatest, [props.value]);

  useEffect(() => {
    // Undo and Redo from the browser's own menus arrive as beforeinput only
    // (React's onBeforeInput does not pass them on).
    const field = ref.current;
    const onBeforeInput = (e: InputEvent) => {
      if (e.inputType !== "historyUndo" && e.inputType !== "historyRedo") return;
      e.preventDefault();
      if (e.inputType === "historyUndo") undo();
      else redo();
    };
    field?.addEventListener("beforeinput", onBeforeInput);
    return () => field?.removeEventListener("beforeinput", onBeforeInput);
  }, []);

  const onInput = () => {
    const field = ref.current;
    if (!field) return;
    const before = shown.current;
    shown.current = field.value;
    typeDescription(props.elementId, before, field.value);
  };

  return (
    <div className="field">
      <label htmlFor="el-description">Description</label>
      <textarea
        ref={ref}
        id="el-description"
        className="text-input"
        rows={5}
        maxLength={MAX_DESCRIPTION_LENGTH}
        disabled={props.disabled}
        placeholder="What this means, who it is for, how you will know."
        aria-describedby="el-description-hint"
        onInput={onInput}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={() => {
          composing.current = false;
          showLatest();
        }}
        onKeyDown={(e) => {
          const action = historyKey(e);
          if (!action) return;
          e.preventDefault();
          if (action === "undo") undo();
          else redo();
        }}
      />
      <p id="el-description-hint" className="hint field__hint">
        Saved as you type. In a live session, others see each word as it is written.
      </p>
    </div>
  );
}
