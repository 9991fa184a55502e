// The command palette (Ctrl/⌘+K): a modal dialog with a combobox that lists
// every action that can run now, filters as you type and runs the chosen one
// with Enter. Escape closes it and the browser gives focus back.
import { useId, useMemo, useState } from "react";
import { filterCommands, paletteCommands } from "../../actions/palette";
import { runAction } from "../../actions/registry";
import { actionStateNow } from "../../actions/state";
import { Icon } from "../common/icons";
import { useModalDialog } from "../common/useModalDialog";

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog();
  const commands = useMemo(() => paletteCommands(actionStateNow()), []);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const shown = filterCommands(commands, query);
  const current = Math.min(active, shown.length - 1);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;

  const run = (i: number) => {
    const chosen = shown[i];
    if (!chosen) return;
    ref.current?.close(); // first, so focus is back where it was when the action runs
    void runAction(chosen.action, chosen.context);
  };

  const move = (to: number) => {
    if (shown.length === 0) return;
    const next = (to + shown.length) % shown.length;
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: "nearest" });
  };

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label="Command palette"
      onClose={onClose} // also after Escape: the browser closes it and gives focus back
    >
      <div className="palette__search">
        <Icon name="search" />
        <input
          className="text-input palette__input"
          role="combobox"
          aria-label="Find an action"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          placeholder="Type to find an action…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") move(current + 1);
            else if (e.key === "ArrowUp") move(current - 1);
            else if (e.key === "Enter") run(current);
            else return;
            e.preventDefault();
          }}
        />
      </div>
      <div id={listId} role="listbox" aria-label="Actions" className="palette__list">
        {shown.map((c, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keys
          <div
            key={c.key}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === current}
            className="palette__option"
            onClick={() => run(i)}
            onPointerMove={() => i !== current && setActive(i)}
          >
            <Icon name={c.icon} />
            <span className="palette__label">{c.label}</span>
            <span className="palette__group">{c.group}</span>
            {c.keys && <kbd className="palette__keys">{c.keys}</kbd>}
          </div>
        ))}
      </div>
      {shown.length === 0 && (
        <p className="hint palette__empty" role="status">
          No action matches “<bdi>{query}</bdi>”.
        </p>
      )}
    </dialog>
  );
}
