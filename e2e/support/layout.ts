import { expect, type Locator, type Page } from "@playwright/test";

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The page is no wider than the window: nothing runs past the right edge, so there is no sideways scroll. */
export async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => {
    // The first few elements past the right edge, to say what to fix.
    const past = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 4)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`);
    return { scroll: document.documentElement.scrollWidth, window: window.innerWidth, past };
  });
  const message = `${where}: page ${widths.scroll}px wide in a ${widths.window}px window (${widths.past.join(", ")})`;
  expect(widths.scroll, message).toBeLessThanOrEqual(widths.window);
}

/** Every item of the banner (brand, workspace, nav or its menu button, help, account) stands on one row. */
export async function expectHeaderOnOneRow(page: Page, where: string): Promise<void> {
  const items = await page
    .getByRole("banner")
    .locator(".app-header-inner > *")
    .evaluateAll((elements) =>
      elements
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ top: r.top, bottom: r.bottom })),
    );
  expect(items.length, `${where}: header items`).toBeGreaterThan(2);
  // One row: some horizontal line crosses every item.
  const lowestTop = Math.max(...items.map((r) => r.top));
  const highestBottom = Math.min(...items.map((r) => r.bottom));
  expect(lowestTop, `${where}: header items on more than one row`).toBeLessThan(highestBottom);
}

/** The client rectangles of the window's selection. */
export async function selectionRects(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return [];
    return [...selection.getRangeAt(0).getClientRects()]
      .filter((r) => r.width > 0)
      .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  });
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not rendered");
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
