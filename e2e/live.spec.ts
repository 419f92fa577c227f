import { type Browser, expect, type Page, test } from "@playwright/test";
import { ADMIN } from "./support/accounts.ts";
import { createMember, memberPage } from "./support/members.ts";
import { paintedTexts, panelItems, selectWithMouse } from "./support/reader.ts";
import { importForTest } from "./support/statements.ts";

// Two members in two browsers on one statement: what one tags, the other sees without reloading.
const REVIEWER = { name: "Rex Reviewer", email: "rex.reviewer@example.org", password: "reviewer password 1" };

let slug: string;
test.beforeAll(async ({ request }) => {
  createMember({ ...REVIEWER, role: "reviewer" });
  slug = await importForTest(request, "Live statement", "Ruritania");
});

const reviewerPage = (browser: Browser): Promise<Page> => memberPage(browser, REVIEWER);

const alsoReading = (page: Page) => page.getByRole("status", { name: "Who else is reading" });

test("one member tags a passage; the other sees the highlight and the panel item appear, and who is reading", async ({ page, browser }) => {
  const other = await reviewerPage(browser);
  await page.goto(`/s/${slug}`);
  await other.goto(`/s/${slug}`);
  await expect(page.locator('[data-paragraph-id="p2"]')).toBeVisible();
  await expect(other.locator('[data-paragraph-id="p2"]')).toBeVisible();
  await expect(alsoReading(page)).toHaveText(`Also reading: ${REVIEWER.name}`);
  await expect(alsoReading(other)).toHaveText(`Also reading: ${ADMIN.name}`);

  await selectWithMouse(page, "p3", "will contribute two million euros");
  await page.keyboard.press("2");
  const form = page.getByRole("dialog", { name: "Tag as commitment" });
  await form.getByLabel("Pledge").check();
  await form.getByLabel("Pledge").press("Enter");
  await expect(panelItems(page).filter({ hasText: "will contribute two million euros" })).toContainText("Pledge");

  const seen = panelItems(other).filter({ hasText: "will contribute two million euros" });
  await expect(seen).toContainText("Pledge", { timeout: 5_000 });
  await expect(seen).toContainText(ADMIN.name);
  await expect.poll(() => paintedTexts(other)).toContain("will contribute two million euros");
  // The tagger's own page shows the tag once, not once more for the echo of its own change.
  await expect(panelItems(page).filter({ hasText: "will contribute two million euros" })).toHaveCount(1);

  // Edits and deletions arrive too.
  const item = panelItems(page).filter({ hasText: "will contribute two million euros" });
  await item.getByRole("button", { name: "Delete" }).click();
  await expect(seen).toHaveCount(0, { timeout: 5_000 });

  await other.context().close();
  await expect(alsoReading(page)).toHaveText("", { timeout: 5_000 });
});
