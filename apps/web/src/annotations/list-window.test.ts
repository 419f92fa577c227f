import { describe, expect, it } from "vitest";
import { AROUND, earlier, fitWindow, FIRST_BATCH, later, NEXT_BATCH } from "./list-window.ts";

describe("list window", () => {
  const start = { from: 0, to: FIRST_BATCH };

  it("renders the first batch, or the whole of a short list", () => {
    expect(fitWindow(start, 5000, -1)).toBe(start);
    expect(fitWindow(start, 12, -1)).toEqual({ from: 0, to: 12 });
  });

  it("jumps to an item outside the window, with some around it", () => {
    expect(fitWindow(start, 5000, 3000)).toEqual({ from: 3000 - AROUND, to: 3000 - AROUND + FIRST_BATCH });
    expect(fitWindow({ from: 2960, to: 3500 }, 5000, 3000)).toEqual({ from: 2960, to: 3500 });
    expect(fitWindow(start, 5000, 50)).toBe(start);
  });

  it("grows at either end, within the list", () => {
    const w = { from: 1000, to: 1100 };
    expect(earlier(w)).toEqual({ from: 1000 - NEXT_BATCH, to: 1100 });
    expect(later(w, 1150)).toEqual({ from: 1000, to: 1150 });
    expect(earlier({ from: 50, to: 100 })).toEqual({ from: 0, to: 100 });
  });

  it("shrinks with the list when filters hide items", () => {
    expect(fitWindow({ from: 2000, to: 2300 }, 30, -1)).toEqual({ from: 0, to: 30 });
  });
});
