// Key bindings written as "Mod+Shift+Z", "Ctrl+Y", "?", "Delete": parsed,
// matched against key presses and shown for this platform. Mod is Ctrl on
// Windows and Linux and ⌘ on a Mac; a press with either counts as Mod.

export interface Binding {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** KeyboardEvent.key, lower case for letters. */
  key: string;
}

export function parseBinding(text: string): Binding {
  // "Mod++" ends with the "+" key itself.
  const parts = text.endsWith("++") ? [...text.slice(0, -2).split("+"), "+"] : text.split("+");
  const key = parts.pop() ?? "";
  return {
    mod: parts.includes("Mod"),
    ctrl: parts.includes("Ctrl"),
    shift: parts.includes("Shift"),
    alt: parts.includes("Alt"),
    key: key.length === 1 ? key.toLowerCase() : key,
  };
}

/** A single character other than a letter (e.g. "?" or "+") already says whether Shift is down. */
const shiftInKey = (key: string) => key.length === 1 && key.toLowerCase() === key.toUpperCase();

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matches(binding: Binding, event: KeyPress): boolean {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key !== binding.key || event.altKey !== binding.alt) return false;
  if (!shiftInKey(key) && event.shiftKey !== binding.shift) return false;
  if (binding.mod) return event.ctrlKey || event.metaKey;
  if (binding.ctrl) return event.ctrlKey && !event.metaKey;
  return !event.ctrlKey && !event.metaKey;
}

export function isMac(): boolean {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
}

const NAMES: Record<string, string> = {
  ArrowUp: "↑",
  ArrowDown: "↓",
  ArrowLeft: "←",
  ArrowRight: "→",
  Escape: "Esc",
  " ": "Space",
};

/** As people read it: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function formatBinding(text: string, mac = isMac()): string {
  const b = parseBinding(text);
  const key = NAMES[b.key] ?? (b.key.length === 1 ? b.key.toUpperCase() : b.key);
  if (mac) {
    return `${b.ctrl ? "⌃" : ""}${b.alt ? "⌥" : ""}${b.shift ? "⇧" : ""}${b.mod ? "⌘" : ""}${key}`;
  }
  const mods = [b.mod || b.ctrl ? "Ctrl" : "", b.alt ? "Alt" : "", b.shift ? "Shift" : ""];
  return [...mods.filter(Boolean), key].join("+");
}

/** For aria-keyshortcuts, which names keys the way KeyboardEvent does. */
export function ariaBinding(text: string, mac = isMac()): string {
  const b = parseBinding(text);
  const mods = [
    b.mod ? (mac ? "Meta" : "Control") : "",
    b.ctrl ? "Control" : "",
    b.alt ? "Alt" : "",
    b.shift ? "Shift" : "",
  ];
  const key = b.key === " " ? "Space" : b.key.length === 1 ? b.key.toUpperCase() : b.key;
  return [...mods.filter(Boolean), key].join("+");
}
