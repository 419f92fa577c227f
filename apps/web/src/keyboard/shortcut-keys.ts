import type { Shortcut } from "./shortcuts.ts";

/** What a key handler knows of a key press: a DOM or React keyboard event fits. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

const MODIFIERS = ["Control", "Meta", "Alt", "Shift"] as const;

function parse(combo: string): { key: string; modifiers: Set<string> } {
  const tokens = combo.split("+");
  const key = tokens.pop() ?? "";
  return { key, modifiers: new Set(tokens) };
}

const isCharacter = (key: string) => [...key].length === 1;

/**
 * Whether the key press is one of the shortcut's keys; letters match in either case. A character typed alone
 * carries its Shift in the character ("?" is Shift+/), so Shift is compared only for named keys and chords:
 * "Control+Z" is not Ctrl+Shift+Z, which is redo.
 */
export function matchesShortcut(shortcut: Shortcut, press: KeyPress): boolean {
  return shortcut.keys.some((combo) => {
    const { key, modifiers } = parse(combo);
    if (press.ctrlKey !== modifiers.has("Control") || press.metaKey !== modifiers.has("Meta")) return false;
    if (press.altKey !== modifiers.has("Alt")) return false;
    const typed = isCharacter(key) && !press.ctrlKey && !press.metaKey && !press.altKey;
    if (!typed && Boolean(press.shiftKey) !== modifiers.has("Shift")) return false;
    return isCharacter(key) ? press.key.toLowerCase() === key.toLowerCase() : press.key === key;
  });
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: "←",
  ArrowRight: "→",
  ArrowUp: "↑",
  ArrowDown: "↓",
  Escape: "Esc",
  " ": "Space",
  Control: "Ctrl",
  Meta: "⌘",
};

/** One combination as people read it: "Ctrl+Enter", "Shift+→", and "?" rather than "Shift+?". */
export function keyLabel(combo: string): string {
  const { key, modifiers } = parse(combo);
  const shown = MODIFIERS.filter((m) => modifiers.has(m) && !(m === "Shift" && isCharacter(key)));
  return [...shown, key].map((k) => KEY_NAMES[k] ?? k).join("+");
}

/** The shortcut's keys as shown: a ⌘ variant is left out where the Ctrl one is listed (the sheet says so once). */
export function keyLabels(shortcut: Shortcut): string[] {
  const keys = shortcut.keys.filter((combo) => !(combo.startsWith("Meta+") && shortcut.keys.includes(combo.replace("Meta+", "Control+"))));
  return keys.map(keyLabel);
}

/** A tooltip naming the key: "Tag as position (1)". */
export const withKeys = (label: string, shortcut: Shortcut): string => `${label} (${keyLabels(shortcut).join(" or ")})`;

/** The aria-keyshortcuts value. */
export const ariaKeys = (shortcut: Shortcut): string => shortcut.keys.join(" ");
