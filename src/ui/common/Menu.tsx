// One small accessible menu (the WAI-ARIA menu button pattern): a button with
// aria-haspopup opens a role=menu of menuitem / menuitemcheckbox /
// menuitemradio. Up/Down/Home/End move, a letter jumps to the next item
// starting with it, Enter/Space runs, Escape/Tab close and give focus back.
// Sub-menus are flattened into labelled sections. Also used as the context menu.
import {
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { createPortal } from "react-dom";
import { Icon } from "./icons";

export interface MenuEntry {
  label: string;
  kind?: "item" | "check" | "radio";
  checked?: boolean;
  disabled?: boolean;
  icon?: string;
  /** Shown at the end of the item, e.g. "Ctrl+D". */
  shortcut?: string;
  /** For aria-keyshortcuts. */
  ariaKeys?: string;
  /** Items with the same section follow each other under that heading. */
  section?: string;
  onSelect: () => void;
}

const menuItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>("[role^=menuitem]") ?? []),
];

const INITIAL_STYLE: CSSProperties = { left: 0, top: 0, visibility: "hidden" };

const ROLES = { item: "menuitem", check: "menuitemcheckbox", radio: "menuitemradio" } as const;

/** Consecutive entries of the same section, as one group. */
function sections(entries: MenuEntry[]): { section?: string; entries: MenuEntry[] }[] {
  const out: { section?: string; entries: MenuEntry[] }[] = [];
  for (const entry of entries) {
    const last = out.at(-1);
    if (last && last.section === entry.section) last.entries.push(entry);
    else out.push({ section: entry.section, entries: [entry] });
  }
  return out;
}

export function MenuPopup({
  id,
  entries,
  label,
  at,
  startAt = "first",
  trigger,
  onClose,
}: {
  id?: string;
  entries: MenuEntry[];
  label: string;
  /** The button that opened it: a press on it toggles rather than closes and reopens. */
  trigger?: RefObject<HTMLElement | null>;
  /** Top-left corner in the window (fixed position), kept inside the window. */
  at: { x: number; y: number };
  startAt?: "first" | "last";
  /** `refocus`: give focus back to what opened the menu (not after a click elsewhere). */
  onClose: (refocus: boolean) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const items = () => menuItems(ref.current);

  // Placed inside the window once its size is known, then the first (or last) item takes focus.
  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    menu.style.left = `${Math.max(4, Math.min(at.x, window.innerWidth - width - 4))}px`;
    menu.style.top = `${Math.max(4, Math.min(at.y, window.innerHeight - height - 4))}px`;
    menu.style.visibility = "visible";
    const all = menuItems(menu);
    (startAt === "last" ? all.at(-1) : all[0])?.focus();
  }, [at.x, at.y, startAt]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!ref.current?.contains(target) && !trigger?.current?.contains(target)) onClose(false);
    };
    const resize = () => onClose(false);
    document.addEventListener("pointerdown", outside, true);
    window.addEventListener("resize", resize);
    return () => {
      document.removeEventListener("pointerdown", outside, true);
      window.removeEventListener("resize", resize);
    };
  }, [onClose, trigger]);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(all.length - 1);
    else if (event.key === "Escape" || event.key === "Tab") onClose(true);
    else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey) {
      const letter = event.key.toLowerCase();
      const next = [...all.slice(at + 1), ...all.slice(0, at + 1)].find((item) =>
        item.dataset.label?.toLowerCase().startsWith(letter),
      );
      next?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const choose = (entry: MenuEntry) => {
    if (entry.disabled) return;
    // Run first: giving focus back can change the selection the action works on.
    // An action that moved focus itself (to a field) keeps it there.
    entry.onSelect();
    onClose(ref.current?.contains(document.activeElement) ?? false);
  };

  const renderEntry = (entry: MenuEntry) => {
    const kind = entry.kind ?? "item";
    return (
      <button
        key={`${entry.section ?? ""}|${entry.label}`}
        type="button"
        role={ROLES[kind]}
        tabIndex={-1}
        className="menu__item"
        data-label={entry.label}
        {...(kind === "item" ? {} : { "aria-checked": entry.checked ?? false })}
        aria-disabled={entry.disabled || undefined}
        aria-keyshortcuts={entry.ariaKeys}
        onClick={() => choose(entry)}
      >
        <span className="menu__mark" aria-hidden="true">
          {kind !== "item" && entry.checked ? "✓" : ""}
        </span>
        <Icon name={entry.icon} />
        <span className="menu__label">{entry.label}</span>
        {entry.shortcut && (
          <span className="menu__keys" aria-hidden="true">
            {entry.shortcut}
          </span>
        )}
      </button>
    );
  };

  return (
    <div
      ref={ref}
      id={id}
      role="menu"
      aria-label={label}
      className="menu"
      style={INITIAL_STYLE}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      {sections(entries).map(({ section, entries: inSection }) =>
        section ? (
          // biome-ignore lint/a11y/useSemanticElements: a labelled part of a menu
          <div
            key={`${section}|${inSection[0]?.label}`}
            role="group"
            aria-label={section}
            className="menu__section"
          >
            <div className="menu__heading" aria-hidden="true">
              {section}
            </div>
            {inSection.map(renderEntry)}
          </div>
        ) : (
          inSection.map(renderEntry)
        ),
      )}
    </div>
  );
}

/** A button that opens a menu below it. */
export function MenuButton({
  label,
  icon,
  children,
  className = "tool",
  entries,
}: {
  label: string;
  icon?: string;
  /** What the button shows, when not its label. */
  children?: ReactNode;
  className?: string;
  /** The menu's entries, worked out when it opens. */
  entries: () => MenuEntry[];
}) {
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState<null | { x: number; y: number; startAt: "first" | "last" }>(
    null,
  );
  const id = useId();
  const show = (startAt: "first" | "last") => {
    const rect = button.current?.getBoundingClientRect();
    if (rect) setOpen({ x: rect.left, y: rect.bottom + 2, startAt });
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`${className} menu-button`}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? id : undefined}
        onClick={() => (open ? setOpen(null) : show("first"))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            show(event.key === "ArrowDown" ? "first" : "last");
          }
        }}
      >
        {children ?? (
          <>
            <Icon name={icon} />
            <span>{label}</span>
          </>
        )}
        <span className="menu-button__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {open &&
        // In the page's body: a sideways-scrolling, fading toolbar row must not clip it.
        createPortal(
          <MenuPopup
            id={id}
            trigger={button}
            entries={entries()}
            label={label}
            at={open}
            startAt={open.startAt}
            onClose={(refocus) => {
              setOpen(null);
              if (refocus) button.current?.focus();
            }}
          />,
          document.body,
        )}
    </>
  );
}
