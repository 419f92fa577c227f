import { describe, expect, it } from "vitest";
import { placePopover, scrollClearOfSheet, type Box } from "./popover-placement.ts";

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxOf = (p: { left: number; top: number; width: number }, height: number) => box(p.left, p.top, p.left + p.width, p.top + height);

// A laptop window: the text column from 20 to 580, the side panel's column right of it.
const LAPTOP = { width: 1024, height: 768 };
const COLUMN = box(20, 100, 580, 2000);
const TWO_LINES = [box(300, 400, 560, 420), box(68, 430, 200, 450)];

describe("placePopover", () => {
  it("puts a form beside the text column, level with the words' first line, narrowed to the room there", () => {
    const placed = placePopover({ words: TWO_LINES, column: COLUMN, viewport: LAPTOP, size: { width: 480, height: 300 }, minWidth: 300 });
    expect(placed).toEqual({ side: "beside", left: 588, top: 400, width: 424 });
    for (const line of TWO_LINES) expect(overlaps(boxOf(placed, 300), line)).toBe(false);
  });

  it("pulls it up to end inside the window, but never above its top", () => {
    const low = [box(100, 700, 200, 720)];
    expect(placePopover({ words: low, column: COLUMN, viewport: LAPTOP, size: { width: 400, height: 300 } }).top).toBe(456);
    expect(placePopover({ words: low, column: COLUMN, viewport: LAPTOP, size: { width: 400, height: 900 } }).top).toBe(12);
  });

  it("goes under the last line where the margin is too narrow, starting near the first word", () => {
    const wide = box(20, 100, 900, 2000);
    const placed = placePopover({ words: TWO_LINES, column: wide, viewport: LAPTOP, size: { width: 400, height: 300 }, minWidth: 300 });
    expect(placed).toEqual({ side: "below", left: 284, top: 458, width: 400 });
    for (const line of TWO_LINES) expect(overlaps(boxOf(placed, 300), line)).toBe(false);
  });

  it("keeps it inside a narrow window", () => {
    const phone = { width: 390, height: 844 };
    const placed = placePopover({
      words: [box(300, 200, 370, 220)],
      column: box(16, 0, 374, 3000),
      viewport: phone,
      size: { width: 400, height: 200 },
    });
    expect(placed).toEqual({ side: "below", left: 12, top: 228, width: 366 });
  });

  it("goes over the first line only when allowed and the window has no room below", () => {
    const low = [box(100, 700, 300, 720)];
    const column = box(20, 0, 900, 2000);
    const size = { width: 320, height: 120 };
    expect(placePopover({ words: low, column, viewport: LAPTOP, size }).side).toBe("below");
    expect(placePopover({ words: low, column, viewport: LAPTOP, size, mayGoAbove: true })).toEqual({
      side: "above",
      left: 84,
      top: 572,
      width: 320,
    });
    const high = [box(100, 60, 300, 80), box(100, 700, 300, 720)];
    expect(placePopover({ words: high, column, viewport: LAPTOP, size, mayGoAbove: true }).side).toBe("below");
  });

  it("without words, starts at the top of the text column", () => {
    const placed = placePopover({ words: [], column: box(20, 100, 900, 2000), viewport: LAPTOP, size: { width: 400, height: 300 } });
    expect(placed).toEqual({ side: "below", left: 12, top: 108, width: 400 });
  });
});

describe("scrollClearOfSheet", () => {
  it("scrolls nothing when the words stand above the sheet", () => {
    expect(scrollClearOfSheet([box(0, 100, 50, 120)], 844, 400)).toBe(0);
  });

  it("scrolls the words up just clear of the sheet", () => {
    expect(scrollClearOfSheet([box(0, 600, 50, 620), box(0, 630, 50, 650)], 844, 400)).toBe(214);
  });

  it("keeps the first line in view when the words are taller than the room", () => {
    expect(scrollClearOfSheet([box(0, 300, 50, 320), box(0, 800, 50, 820)], 844, 400)).toBe(288);
  });

  it("scrolls back to words above the window's top", () => {
    expect(scrollClearOfSheet([box(0, -40, 50, -20)], 844, 400)).toBe(-52);
  });
});
