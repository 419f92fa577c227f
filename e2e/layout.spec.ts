import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { boxOf, expectHeaderOnOneRow, expectNoSideScroll, overlaps, selectionRects } from "./support/layout.ts";
import { panelItems, selectWithMouse } from "./support/reader.ts";
import { importForTest } from "./support/statements.ts";

// Every page fits a 1,024 px window with the banner on one row; the reader and the review queue fit a phone; the
// tagging form and the highlight card stand beside the words, never over them.
// `SCREENSHOTS=1 npm run test:e2e -- layout.spec.ts` refreshes the reader's pictures in the docs.
const screenshot = (name: string) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", name);

// A long title: the review queue's statement filter lists it whole.
const TITLE = "Statement by the Permanent Representative of Freedonia to the open debate on transnational organized crime at sea";
const LAPTOP = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };

let slug: string;
test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, TITLE, "Freedonia");
  await annotateWords(request, slug, "p2", "We welcome the report", { kind: "position", attributes: { stance: "welcomes" } });
  await annotateWords(request, slug, "p3", "two million euros", { kind: "commitment", attributes: { strength: "pledge" } });
});

const tagForm = (page: Page) => page.getByRole("dialog", { name: "Tag as position" });
const card = (page: Page) => page.getByRole("tooltip");

async function openReader(page: Page) {
  await page.goto(`/s/${slug}`);
  await expect(panelItems(page).filter({ hasText: "two million euros" })).toBeVisible();
}

async function checkPage(page: Page, where: string, header = true) {
  await expectNoSideScroll(page, where);
  if (header) await expectHeaderOnOneRow(page, where);
}

// Wider windows: the banner stays on one row, the nav in it once every link fits (an admin's ten), in its Menu before.
for (const width of [1280, 1440, 1920, 2200]) {
  test(`at ${width} px the banner is on one row, the nav in it or in its Menu`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Statements" })).toBeVisible();
    await expectHeaderOnOneRow(page, `library at ${width} px`);
    const menu = page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    else await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deleted statements" })).toBeVisible();
  });
}

test.describe("at 1,024 px", () => {
  test.use({ viewport: LAPTOP });

  test("every page fits the window, with the banner on one row", async ({ page }) => {
    const pages: [string, string, RegExp | string][] = [
      ["library", "/", "Statements"],
      ["review queue", "/review", "Review queue"],
      ["compare", `/s/${slug}/compare`, /Compare/],
      ["activity", "/activity", "Activity"],
      ["inbox", "/inbox", "Inbox"],
      ["members", "/members", "Members"],
    ];
    for (const [where, url, heading] of pages) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible();
      await checkPage(page, where);
    }
    await openReader(page);
    await checkPage(page, "reader");
  });

  test("the nav folds into a menu that drops down and closes with Escape", async ({ page }) => {
    await page.goto("/");
    const toggle = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await checkPage(page, "library with the menu open");
    await nav.getByRole("link", { name: "Library" }).focus();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(toggle).toBeFocused();
    await toggle.click();
    await nav.getByRole("link", { name: "Activity" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
    await expect(nav).toBeHidden();
  });

  test("the export and import dialogs fit the window", async ({ page }) => {
    await openReader(page);
    await page.getByRole("button", { name: "Export annotations" }).click();
    const exportDialog = page.getByRole("dialog", { name: "Export annotations" });
    await expect(exportDialog).toBeVisible();
    await checkPage(page, "export dialog");
    expect((await boxOf(exportDialog)).right).toBeLessThanOrEqual(LAPTOP.width);
    await page.keyboard.press("Escape");

    await page.goto("/");
    await page.getByRole("button", { name: "Import statement" }).first().click();
    const importDialog = page.getByRole("dialog", { name: "Import a statement" });
    await expect(importDialog).toBeVisible();
    await checkPage(page, "import dialog");
    expect((await boxOf(importDialog)).right).toBeLessThanOrEqual(LAPTOP.width);
  });

  test("the tagging form opens beside the selection, takes the focus and gives it back", async ({ page }) => {
    await openReader(page);
    await selectWithMouse(page, "p4", "We reaffirm our support");
    await page.keyboard.press("1");
    const form = tagForm(page);
    await expect(form.getByLabel("Stance")).toBeFocused();
    const formBox = await boxOf(form);
    for (const rect of await selectionRects(page)) expect(overlaps(formBox, rect), "form over the selection").toBe(false);
    // Beside the text: the form starts right of the text column, so no line of the passage is under it.
    const text = await boxOf(page.locator(".reader-text"));
    expect(formBox.left).toBeGreaterThanOrEqual(text.right);
    expect(formBox.right).toBeLessThanOrEqual(LAPTOP.width);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: screenshot("reader-1024.png"), animations: "disabled" });

    await page.keyboard.press("Escape");
    await expect(form).toBeHidden();
    await expect(page.locator(".reader-text")).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("We reaffirm our support");
  });

  test("the highlight card stands beside the line and closes after a save", async ({ page }) => {
    await openReader(page);
    await page.mouse.move(0, 0);
    const welcome = page.locator('[data-paragraph-id="p2"]');
    const { x, y, height } = (await welcome.boundingBox())!;
    await page.mouse.move(x + 20, y + height / 3);
    await expect(card(page)).toContainText("Welcomes");
    const cardBox = await boxOf(card(page));
    expect(overlaps(cardBox, await boxOf(welcome)), "card over the paragraph").toBe(false);

    await selectWithMouse(page, "p4", "our support for");
    await page.keyboard.press("1");
    await tagForm(page).getByLabel("Stance").selectOption("supports");
    await tagForm(page).getByLabel("Stance").press("Enter");
    await expect(tagForm(page)).toBeHidden();
    await expect(panelItems(page).filter({ hasText: "our support for" })).not.toContainText("Saving");
    // The caret is back in the text, inside the new highlight; its card waits until the caret moves.
    await expect(page.locator(".reader-text")).toBeFocused();
    await expect(card(page)).toBeHidden();
    await page.keyboard.press("ArrowLeft");
    await expect(card(page)).toContainText("Supports");
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: PHONE });

  test("the reader and the review queue fit the phone, the panel below the text", async ({ page }) => {
    await page.goto("/review");
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    await checkPage(page, "review queue", false);

    await openReader(page);
    await checkPage(page, "reader", false);
    const text = await boxOf(page.locator(".reader-text"));
    const panel = await boxOf(page.getByRole("complementary", { name: "Annotations" }));
    expect(panel.top).toBeGreaterThanOrEqual(text.bottom);
  });

  test("the tagging form is a sheet at the bottom that leaves the selection in view", async ({ page }) => {
    await openReader(page);
    await selectWithMouse(page, "p5", "trafficking in firearms");
    await page.keyboard.press("1");
    const form = tagForm(page);
    await expect(form.getByLabel("Stance")).toBeFocused();
    const formBox = await boxOf(form);
    expect(formBox.left).toBe(0);
    expect(formBox.right).toBe(PHONE.width);
    expect(Math.round(formBox.bottom)).toBe(PHONE.height);
    const rects = await selectionRects(page);
    expect(rects.length).toBeGreaterThan(0);
    for (const rect of rects) {
      expect(overlaps(formBox, rect), "sheet over the selection").toBe(false);
      expect(rect.top).toBeGreaterThanOrEqual(0);
    }
    await checkPage(page, "reader with the sheet", false);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: screenshot("reader-390.png"), animations: "disabled" });
  });
});
