import { describe, expect, it } from "vitest";
import { isUndoShortcut } from "./undo-shortcut.ts";

describe("isUndoShortcut", () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it("is Ctrl+Z or Cmd+Z, not redo", () => {
    expect(isUndoShortcut(key("z", { ctrlKey: true }))).toBe(true);
    expect(isUndoShortcut(key("Z", { metaKey: true }))).toBe(true);
    expect(isUndoShortcut(key("z", { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isUndoShortcut(key("z"))).toBe(false);
  });
});
