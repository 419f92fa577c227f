// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { placingCommand } from "./placing-keys.ts";

const press = (key: string, more: Partial<{ shiftKey: boolean; ctrlKey: boolean; target: EventTarget | null }> = {}) =>
  placingCommand({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: null, ...more });

describe("placing keys", () => {
  it("moves, selects words and decides", () => {
    expect(press("j")).toBe("next");
    expect(press("ArrowDown")).toBe("next");
    expect(press("K")).toBe("previous");
    expect(press("ArrowRight")).toBe("wordAfter");
    expect(press("ArrowLeft", { shiftKey: true })).toBe("lessWords");
    expect(press("ArrowRight", { shiftKey: true })).toBe("moreWords");
    expect(press("c")).toBe("confirm");
    expect(press("p")).toBe("place");
    expect(press("Enter")).toBe("place");
    expect(press("d")).toBe("drop");
    expect(press("z", { ctrlKey: true })).toBe("undoDrop");
    expect(press("Escape")).toBe("clearWords");
    expect(press("[")).toBe("paragraphBefore");
    expect(press("]")).toBe("paragraphAfter");
  });

  it("leaves typing, a button's Enter and other chords alone", () => {
    const input = document.createElement("input");
    expect(press("d", { target: input })).toBeNull();
    const button = document.createElement("button");
    expect(press("Enter", { target: button })).toBeNull();
    expect(press("r", { ctrlKey: true })).toBeNull();
    expect(press("x")).toBeNull();
  });
});
