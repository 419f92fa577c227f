import { expect, test, type Page } from "@playwright/test";
import { paintedTexts, panelItems, selectWithMouse } from "./support/reader.ts";
import { importForTest } from "./support/statements.ts";

let slug: string;
test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, "Tagging statement", "Freedonia");
});
test.beforeEach(async ({ page }) => {
  await page.goto(`/s/${slug}`);
  await expect(page.locator('[data-paragraph-id="p2"]')).toBeVisible();
});

const form = (page: Page, kind: string) => page.getByRole("dialog", { name: `Tag as ${kind}` });

test("tags a position by mouse: select, the toolbar's Position, a stance, Enter", async ({ page }) => {
  await selectWithMouse(page, "p2", "We welcome the report");
  await page
    .getByRole("toolbar", { name: "Tag selection" })
    .getByRole("button", { name: /Position/ })
    .click();
  await form(page, "position").getByLabel("Stance").selectOption("welcomes");
  await form(page, "position").getByLabel("Stance").press("Enter");
  await expect(form(page, "position")).toBeHidden();
  const item = panelItems(page).filter({ hasText: "We welcome the report" });
  await expect(item).toContainText("Position");
  await expect(item).toContainText("Welcomes");
  await expect(item).not.toContainText("Saving");
});

test("tags a commitment with the 2 key, and a cross-reference to UNTOC with the 3 key and the target picker", async ({ page }) => {
  await selectWithMouse(page, "p3", "will contribute two million euros");
  await page.keyboard.press("2");
  const commitment = form(page, "commitment");
  await commitment.getByLabel("Pledge").check();
  await commitment.getByLabel("Actor").fill("Our Government");
  await commitment.getByLabel("Actor").press("Enter");
  await expect(panelItems(page).filter({ hasText: "will contribute two million euros" })).toContainText("Pledge");

  await selectWithMouse(page, "p4", "United Nations Convention against Transnational Organized Crime");
  await page.keyboard.press("3");
  const crossRef = form(page, "cross-reference");
  await crossRef.getByLabel("Target").fill("palermo");
  await expect(crossRef.getByRole("option", { name: /^Instruments UNTOC United Nations Convention/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await crossRef.getByLabel("Target").press("Enter");
  await crossRef.getByLabel("Reaffirms").check();
  await crossRef.getByLabel("Reaffirms").press("Control+Enter");
  const item = panelItems(page).filter({ hasText: "United Nations Convention against Transnational Organized Crime" });
  await expect(item).toContainText("Cross-reference");
  await expect(item).toContainText("UNTOC");
});

test("tags a span by keyboard alone: focus the text, extend with Shift+arrows, 1, a stance, Enter", async ({ page }) => {
  const reader = page.locator(".ProseMirror");
  for (let i = 0; i < 40 && !(await reader.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(reader).toBeFocused();
  for (let i = 0; i < "Mr. President".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("Mr. President");
  await page.keyboard.press("1");
  const position = form(page, "position");
  await expect(position.getByLabel("Stance")).toBeFocused();
  await position.getByLabel("Stance").selectOption("notes");
  await page.keyboard.press("Enter");
  await expect(panelItems(page).filter({ hasText: "Mr. President" }).first()).toContainText("Notes");
});

test("tags a span across two paragraphs", async ({ page }) => {
  await selectWithMouse(page, "p5", "We remain concerned", { paragraphId: "p6", words: "Thank you" });
  await page
    .getByRole("toolbar", { name: "Tag selection" })
    .getByRole("button", { name: /Position/ })
    .click();
  await form(page, "position").getByLabel("Stance").selectOption("concerned");
  await form(page, "position").getByLabel("Stance").press("Enter");
  await expect(panelItems(page).filter({ hasText: "Cooperation must grow." })).toContainText("Concerned");
});

test("after a reload every tag is back in place with its attributes, painted over its words", async ({ page }) => {
  await page.reload();
  await expect(panelItems(page)).toHaveCount(5);
  await expect(panelItems(page).filter({ hasText: "We welcome the report" })).toContainText("Welcomes");
  await expect(panelItems(page).filter({ hasText: "will contribute two million euros" })).toContainText("Our Government");
  await expect(panelItems(page).filter({ hasText: "United Nations Convention" })).toContainText("UNTOC");
  const painted = await paintedTexts(page);
  expect(painted).toEqual(expect.arrayContaining(["We welcome the report", "will contribute two million euros", "Mr. President"]));
});

test("edits a tag, deletes it and undoes the deletion", async ({ page }) => {
  const item = panelItems(page).filter({ hasText: "We welcome the report" });
  await item.getByRole("button", { name: "Edit" }).click();
  await item.getByLabel("Stance").selectOption("supports");
  await item.getByRole("button", { name: "Save" }).click();
  await expect(item).toContainText("Supports");

  await item.getByRole("button", { name: "Delete" }).click();
  await expect(panelItems(page).filter({ hasText: "We welcome the report" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(panelItems(page).filter({ hasText: "We welcome the report" })).toContainText("Supports");
  await page.reload();
  await expect(panelItems(page).filter({ hasText: "We welcome the report" })).toContainText("Supports");
});

test("filters the side panel by kind", async ({ page }) => {
  await expect(panelItems(page)).toHaveCount(5);
  await page.getByLabel("Kind").selectOption("commitment");
  await expect(panelItems(page)).toHaveCount(1);
  await expect(panelItems(page)).toContainText("will contribute two million euros");
  await page.getByLabel("Kind").selectOption("");
  await expect(panelItems(page)).toHaveCount(5);
});
