import { describe, expect, it } from "vitest";
import { shortcutGroups } from "../../keyboard/shortcuts.ts";
import { editFor, lineCommand } from "./line-keys.ts";

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("lineCommand", () => {
  it("marks a line by its letter, in either case", () => {
    expect(lineCommand(press("t"), "block")).toEqual({ kind: "mark", as: "title" });
    expect(lineCommand(press("G"), "dropped")).toEqual({ kind: "mark", as: "delegation" });
    expect(lineCommand(press("x"), "block")).toEqual({ kind: "mark", as: "drop" });
  });

  it("merges and splits paragraphs only, and leaves a dropped line's X alone", () => {
    expect(lineCommand(press("m"), "block")).toEqual({ kind: "merge" });
    expect(lineCommand(press("Enter"), "block")).toEqual({ kind: "split" });
    expect(lineCommand(press("/"), "block")).toEqual({ kind: "split" });
    expect(lineCommand(press("m"), "dropped")).toBeNull();
    expect(lineCommand(press("x"), "dropped")).toBeNull();
  });

  it("undoes with Ctrl+Z or ⌘Z, and leaves other chords and plain arrows to the browser", () => {
    expect(lineCommand(press("z", { ctrlKey: true }), "block")).toEqual({ kind: "undo" });
    expect(lineCommand(press("z", { metaKey: true }), "dropped")).toEqual({ kind: "undo" });
    expect(lineCommand(press("t", { ctrlKey: true }), "block")).toBeNull();
    expect(lineCommand(press("ArrowDown"), "block")).toBeNull();
    expect(lineCommand(press("ArrowDown", { altKey: true }), "block")).toEqual({ kind: "move", by: 1 });
  });
});

describe("editFor", () => {
  it("names the block or the dropped line the edit is for", () => {
    expect(editFor({ kind: "mark", as: "title" }, "block", 2, null)).toEqual({ op: "mark", block: 2, as: "title" });
    expect(editFor({ kind: "mark", as: "date" }, "dropped", 0, null)).toEqual({ op: "markDropped", line: 0, as: "date" });
    expect(editFor({ kind: "merge" }, "block", 1, null)).toEqual({ op: "merge", block: 1 });
  });

  it("splits at the caret, and not at the very start", () => {
    expect(editFor({ kind: "split" }, "block", 3, 12)).toEqual({ op: "split", block: 3, at: 12 });
    expect(editFor({ kind: "split" }, "block", 3, 0)).toBeNull();
  });
});

describe("the shortcuts sheet", () => {
  it("lists the preview's keys on the library page, where the import dialog opens", () => {
    const groups = shortcutGroups(["library"]);
    const marking = groups.find((g) => g.title.startsWith("Correcting an import preview"));
    expect(marking?.shortcuts.map((s) => s.keys[0])).toEqual(["T", "S", "G", "D", "F", "P", "H", "X"]);
    const shaping = groups.find((g) => g.title.startsWith("Reshaping"));
    expect(shaping?.shortcuts.map((s) => s.description)).toContain("Split the paragraph at the caret");
    expect(shortcutGroups(["reader"]).some((g) => g.title.startsWith("Correcting an import preview"))).toBe(false);
  });
});
