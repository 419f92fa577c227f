import { describe, expect, it } from "vitest";
import { suggestionKeyAction } from "./suggestion-keys.ts";

const press = (key: string, mods: { shiftKey?: boolean; ctrlKey?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrlKey ?? false,
  metaKey: false,
  altKey: false,
  shiftKey: mods.shiftKey ?? false,
});
const inText = { on: true, inText: true, inPanel: false };

describe("suggestionKeyAction", () => {
  it("toggles the mode with F, in either case, on or off", () => {
    expect(suggestionKeyAction(press("f"), { on: false, inText: true, inPanel: false })).toBe("toggle");
    expect(suggestionKeyAction(press("F", { shiftKey: true }), inText)).toBe("toggle");
    expect(suggestionKeyAction(press("f", { ctrlKey: true }), inText)).toBeNull();
  });

  it("leaves Tab, Enter, A and X to the page outside the mode", () => {
    const off = { on: false, inText: true, inPanel: false };
    for (const key of ["Tab", "Enter", "a", "x", "Escape"]) expect(suggestionKeyAction(press(key), off)).toBeNull();
  });

  it("moves, accepts and dismisses in the text while the mode is on", () => {
    expect(suggestionKeyAction(press("Tab"), inText)).toBe("next");
    expect(suggestionKeyAction(press("Tab", { shiftKey: true }), inText)).toBe("previous");
    expect(suggestionKeyAction(press("Enter"), inText)).toBe("accept");
    expect(suggestionKeyAction(press("A", { shiftKey: true }), inText)).toBe("accept");
    expect(suggestionKeyAction(press("x"), inText)).toBe("dismiss");
    expect(suggestionKeyAction(press("e"), inText)).toBe("edit");
    expect(suggestionKeyAction(press("Escape"), inText)).toBe("leave");
  });

  it("keeps Tab and Enter for the panel's buttons, where only Escape leaves the mode", () => {
    const inPanel = { on: true, inText: false, inPanel: true };
    expect(suggestionKeyAction(press("Tab"), inPanel)).toBeNull();
    expect(suggestionKeyAction(press("Enter"), inPanel)).toBeNull();
    expect(suggestionKeyAction(press("Escape"), inPanel)).toBe("leave");
    expect(suggestionKeyAction(press("Escape"), { on: true, inText: false, inPanel: false })).toBeNull();
  });
});
