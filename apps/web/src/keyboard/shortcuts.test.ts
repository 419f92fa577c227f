import { describe, expect, it } from "vitest";
import { matchesShortcut } from "./shortcut-keys.ts";
import { ALL_SHORTCUTS, shortcutGroups, type Shortcut } from "./shortcuts.ts";

/** A key press each combination stands for. */
function pressesOf(shortcut: Shortcut) {
  return shortcut.keys.map((combo) => {
    const tokens = combo.split("+");
    const key = tokens.pop() ?? "";
    const has = (m: string) => tokens.includes(m);
    return { key, ctrlKey: has("Control"), metaKey: has("Meta"), altKey: has("Alt"), shiftKey: has("Shift") };
  });
}

describe("the shortcut list", () => {
  it("matches every key it lists", () => {
    for (const shortcut of ALL_SHORTCUTS) for (const press of pressesOf(shortcut)) expect(matchesShortcut(shortcut, press)).toBe(true);
  });

  it("gives no key two jobs where the text has focus: the reader's own keys and the global ones", () => {
    const readerText = ALL_SHORTCUTS.filter(
      (s) =>
        s.scope === "global" ||
        s.description.startsWith("Suggestion mode") ||
        (s.scope === "reader" && ["Selecting text", "Tagging", "Highlights and references"].includes(s.group)),
    );
    const keys = readerText.filter((s) => s.description !== "Close a dialog").flatMap((s) => s.keys.map((k) => k.toLowerCase()));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps the reader's selection keys off the browser's: no modifier", () => {
    const selecting = ALL_SHORTCUTS.filter(
      (s) => s.scope === "reader" && s.group === "Selecting text" && !s.description.startsWith("Extend"),
    );
    expect(selecting.flatMap((s) => s.keys).filter((k) => /Control|Meta|Alt/.test(k))).toEqual([]);
  });

  it("groups a page's shortcuts after the global ones, and leaves other pages' out", () => {
    const groups = shortcutGroups(["review"]);
    expect(groups.map((g) => g.title)).toEqual(["Everywhere", "Moving through the queue", "Deciding"]);
    expect(groups.flatMap((g) => g.shortcuts).some((s) => s.scope === "reader")).toBe(false);
    expect(shortcutGroups([]).map((g) => g.title)).toEqual(["Everywhere"]);
  });
});
