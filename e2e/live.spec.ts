import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { ADMIN, signIn } from "./support/accounts.ts";
import { paintedTexts, panelItems, selectWithMouse } from "./support/reader.ts";
import { importForTest } from "./support/statements.ts";

// Two members in two browsers on one statement: what one tags, the other sees without reloading.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REVIEWER = { name: "Rex Reviewer", email: "rex.reviewer@example.org", password: "reviewer password 1" };

let slug: string;
test.beforeAll(async ({ request }) => {
  // There is no API to add a member yet; the admin command reaches the running app's database.
  execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "apps/api/src/cli/admin.ts",
      "create-user",
      "--email",
      REVIEWER.email,
      "--name",
      REVIEWER.name,
      "--role",
      "reviewer",
      "--password-stdin",
    ],
    {
      cwd: repoRoot,
      input: REVIEWER.password,
      env: { ...process.env, VERBATIM_DATA_DIR: process.env.VERBATIM_E2E_DATA_DIR },
      stdio: ["pipe", "ignore", "pipe"],
    },
  );
  slug = await importForTest(request, "Live statement", "Ruritania");
});

async function reviewerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, REVIEWER);
  return page;
}

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
