import { describe, expect, it } from "vitest";
import { ariaKeys, keyLabel, keyLabels, matchesShortcut, withKeys } from "./shortcut-keys.ts";
import type { Shortcut } from "./shortcuts.ts";

const shortcut = (...keys: string[]): Shortcut => ({ keys, description: "", scope: "global", group: "" });
const press = (key: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("matchesShortcut", () => {
  it("matches a typed character in either case, its Shift included in the character", () => {
    expect(matchesShortcut(shortcut("S"), press("s"))).toBe(true);
    expect(matchesShortcut(shortcut("S"), press("S", { shiftKey: true }))).toBe(true);
    expect(matchesShortcut(shortcut("Shift+?"), press("?", { shiftKey: true }))).toBe(true);
    expect(matchesShortcut(shortcut("]"), press("]"))).toBe(true);
    expect(matchesShortcut(shortcut("]"), press("["))).toBe(false);
  });

  it("leaves modified characters to the browser unless the shortcut names the modifier", () => {
    expect(matchesShortcut(shortcut("S"), press("s", { ctrlKey: true }))).toBe(false);
    expect(matchesShortcut(shortcut("C"), press("c", { metaKey: true }))).toBe(false);
    expect(matchesShortcut(shortcut("Control+Z", "Meta+Z"), press("z", { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut(shortcut("Control+Z", "Meta+Z"), press("Z", { metaKey: true }))).toBe(true);
    expect(matchesShortcut(shortcut("Control+Z"), press("Z", { ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it("compares Shift for named keys", () => {
    expect(matchesShortcut(shortcut("Enter"), press("Enter"))).toBe(true);
    expect(matchesShortcut(shortcut("Enter"), press("Enter", { shiftKey: true }))).toBe(false);
    expect(matchesShortcut(shortcut("Shift+ArrowRight"), press("ArrowRight", { shiftKey: true }))).toBe(true);
  });
});

describe("key labels", () => {
  it("spells keys as people read them", () => {
    expect(keyLabel("Shift+?")).toBe("?");
    expect(keyLabel("Control+Enter")).toBe("Ctrl+Enter");
    expect(keyLabel("Shift+ArrowRight")).toBe("Shift+→");
    expect(keyLabel("Escape")).toBe("Esc");
  });

  it("leaves out the ⌘ twin of a Ctrl chord, but keeps a ⌘ chord alone", () => {
    expect(keyLabels(shortcut("Control+B", "Meta+B"))).toEqual(["Ctrl+B"]);
    expect(keyLabels(shortcut("Meta+K"))).toEqual(["⌘+K"]);
  });

  it("names the keys in a tooltip and in aria-keyshortcuts", () => {
    expect(withKeys("Bold", shortcut("Control+B", "Meta+B"))).toBe("Bold (Ctrl+B)");
    expect(withKeys("Select", shortcut("[", "]"))).toBe("Select ([ or ])");
    expect(ariaKeys(shortcut("Control+B", "Meta+B"))).toBe("Control+B Meta+B");
  });
});
