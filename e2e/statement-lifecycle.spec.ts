import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { importForTest } from "./support/statements.ts";

// A statement after its import (issue 13, items 1 and 2): its details corrected from the reader, deleted and
// brought back by Undo, and deleted and restored from the admins' Deleted statements page.
const SCREENSHOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", "statement-edit.png");
const stamp = Date.now();

/** Types a search in the library (the page stays, so a toast on it stays too) and waits for the answer. */
async function searchLibrary(page: Page, text: string): Promise<void> {
  await page.getByLabel("Search statements").fill(text);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "(%20|\\+)")}`));
}

test("Edit details corrects the title and speaker: the header and the library show them, the address stays", async ({ page, request }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  const title = `Statement by Arcadia ${stamp}`;
  const corrected = `Statement by the Republic of Arcadia ${stamp}`;
  const slug = await importForTest(request, title, "Arcadia");
  await page.goto(`/s/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByRole("button", { name: "Edit details" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit details" });
  await expect(dialog.getByLabel("Title")).toHaveValue(title);
  await dialog.getByLabel("Title").fill(corrected);
  await dialog.getByLabel("Speaker").fill("Ambassador Ada Lind");
  await dialog.getByLabel("Meeting symbol").fill("S/PV.9600");
  await expect(dialog.getByText(`The statement keeps its address (${slug})`)).toBeVisible();
  if (process.env.SCREENSHOTS) await dialog.screenshot({ path: SCREENSHOT, animations: "disabled" });
  await dialog.getByRole("button", { name: "Save" }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: corrected })).toBeVisible();
  await expect(page.getByText("Ambassador Ada Lind")).toBeVisible();
  await expect(page.getByText("S/PV.9600")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/s/${slug}$`));

  await page.getByRole("link", { name: "← All statements" }).click();
  await searchLibrary(page, `Republic of Arcadia ${stamp}`);
  await expect(page.getByRole("link", { name: corrected })).toHaveAttribute("href", `/s/${slug}`);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
});

test("Delete statement takes it out of the library, and Undo in the toast brings it back", async ({ page, request }) => {
  const title = `Statement to delete and undo ${stamp}`;
  const slug = await importForTest(request, title, "Borduria");
  await page.goto(`/s/${slug}`);
  await page.getByRole("button", { name: "Delete statement" }).click();

  await expect(page).toHaveURL(/\/$/);
  const toast = page.getByRole("status").filter({ hasText: "Statement deleted." });
  await expect(toast).toBeVisible();
  await searchLibrary(page, title);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await request.get(`/api/statements/${slug}`)).status()).toBe(404);

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Restored ${title}.` })).toBeVisible();
  await expect(page.getByRole("listitem").getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("listitem").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a deleted statement waits on the admins' Deleted statements page, and Restore brings it back", async ({ page, request }) => {
  const title = `Statement to delete and restore ${stamp}`;
  const slug = await importForTest(request, title, "Carpania");
  await page.goto(`/s/${slug}`);
  await page.getByRole("button", { name: "Delete statement" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/deleted");
  await expect(page.getByRole("heading", { level: 1, name: "Deleted statements" })).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: title });
  await expect(row).toContainText("Deleted by Ada Okafor");
  await row.getByRole("button", { name: `Restore ${title}` }).click();

  const restored = page.getByRole("status").filter({ hasText: `Restored ${title}.` });
  await expect(restored).toBeVisible();
  await expect(row).toHaveCount(0);
  await restored.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});
