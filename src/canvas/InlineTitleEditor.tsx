// Inline title editing: Enter or leaving the field saves, Escape cancels.
// Focus returns to the node afterwards so keyboard users keep their place.
// The draft is useDraft's: a peer's retitle shows until this person types.
import { useEffect, useRef } from "react";
import { MAX_TITLE_LENGTH } from "../domain/model";
import { useDraft } from "../fields/useDraft";
import { renameElement } from "../store/actions";
import { useEditor } from "../store/editorStore";

export function InlineTitleEditor({ id, title }: { id: string; title: string }) {
  const draft = useDraft(
    title,
    (next) => {
      if (next.trim()) renameElement(id, next);
    },
    { label: "Element title" },
  );
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  // A new node stays hidden until React Flow has measured it, and a hidden
  // field cannot take focus: keep trying for a few frames.
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const tryFocus = () => {
      const field = ref.current;
      if (!field) return;
      field.focus({ preventScroll: true });
      if (document.activeElement === field) field.select();
      else if (tries++ < 20) frame = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, []);

  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save) draft.commit();
    useEditor.setState({ editingId: null });
    const node = ref.current?.closest<HTMLElement>(".react-flow__node");
    requestAnimationFrame(() => node?.focus({ preventScroll: true }));
  };

  return (
    <textarea
      ref={ref}
      className="toc-node__input nodrag nopan nowheel"
      aria-label="Element title"
      value={draft.text}
      rows={2}
      maxLength={MAX_TITLE_LENGTH}
      onChange={(e) => draft.change(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter" && !e.shiftKey) {
          e.preventDefault();
          finish(true);
        } else if (e.key === "Escape") {
          e.preventDefault();
          finish(false);
        }
      }}
    />
  );
}
