import { expect, test } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts.ts";
import { boxOf, expectNoSideScroll } from "./support/layout.ts";
import { importForTest } from "./support/statements.ts";

// Saved views (issue 17, item 5): a search saved by name for the workspace, opened by its link in a fresh page, then
// deleted and brought back with Undo. A made-up word, so that only this statement's paragraphs match it.
const WORD = "zelvarine";
const NAME = "Zelvarine speeches";

test.beforeAll(async ({ request }) => {
  await importForTest(
    request,
    "Saved views, Norland",
    "Norland",
    ["Mr. President,", "", `We welcome the ${WORD} report.`, "", `We urge every State to ratify the ${WORD} convention.`].join("\n"),
  );
});

test("save a search by name, open its link in a fresh page, delete it and undo", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/search?q=${WORD}`);
  await expect(page.getByRole("heading", { name: "2 paragraphs" })).toBeVisible();

  // Save it: a small dialog asks for the name.
  await page.getByRole("button", { name: "Save view" }).click();
  const dialog = page.getByRole("dialog", { name: "Save this search" });
  await dialog.getByRole("textbox", { name: "Name" }).fill(NAME);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/saved-views-dialog-1024.png", animations: "disabled" });
  await dialog.getByRole("button", { name: "Save view" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Saved “${NAME}”` })).toBeVisible();

  // The list of saved searches has it, marked as the one shown; its link goes to the clipboard.
  await page.getByRole("button", { name: /^Saved searches \(\d+\)/ }).click();
  const list = page.getByRole("list", { name: "Saved searches" });
  await expect(list.getByRole("link", { name: NAME })).toHaveAttribute("aria-current", "page");
  const panel = await boxOf(list);
  expect(panel.right, "the list stays inside the page at 1,024 px").toBeLessThanOrEqual(1024);
  await expectNoSideScroll(page, "search page with its saved views open");
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/saved-views-1024.png", animations: "disabled" });
  await list.getByRole("button", { name: `Copy link to ${NAME}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Link to “${NAME}” copied.` })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/views\/[0-9a-f-]{36}$/);

  // A fresh page (another context, signed in as the same member) opens the link on the same search.
  const fresh = await browser.newContext({ storageState: STORAGE_STATE });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other).toHaveURL(new RegExp(`/search\\?q=${WORD}$`));
  await expect(other.getByRole("searchbox", { name: "Search for" })).toHaveValue(WORD);
  await expect(other.getByRole("heading", { name: "2 paragraphs" })).toBeVisible();

  // Delete it: an Undo brings it back, and its link still opens it.
  await page.getByRole("button", { name: /^Saved searches \(\d+\)/ }).click();
  await list.getByRole("button", { name: `Delete ${NAME}` }).click();
  const deleted = page.getByRole("status").filter({ hasText: `Deleted “${NAME}”.` });
  await expect(deleted).toBeVisible();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/saved-views-undo-1024.png", animations: "disabled" });
  await expect(page.getByRole("button", { name: "Saved searches (0)" })).toBeVisible();
  await deleted.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Restored “${NAME}”.` })).toBeVisible();
  await page.getByRole("button", { name: /^Saved searches \(\d+\)/ }).click();
  await expect(list.getByRole("link", { name: NAME })).toBeVisible();
  await other.goto(link);
  await expect(other).toHaveURL(new RegExp(`/search\\?q=${WORD}$`));
  await fresh.close();
});
