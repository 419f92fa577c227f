import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { importForTest } from "./support/statements.ts";

const shot = (name: string) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", name);

const TITLE = "Statement on drug control cooperation";
const COPY = "Statement on drug control cooperation (second copy)";
const DELEGATION = "Borduria";

const ORIGINAL = [
  "1. Borduria thanks the Executive Director of UNODC for the world drug report.",
  "2. We reaffirm our commitment to the three international drug control conventions.",
  "3. Our authorities seized record quantities of synthetic opioids this year.",
  "4. We will fund a regional programme on alternative development in 2026.",
  "5. Thank you, Madam Chair.",
].join("\n\n");

/** "As delivered": ¶4 reworded, the rest as in the text circulated before. */
const AS_DELIVERED = ORIGINAL.replace("We will fund a regional programme", "We will fund and lead a regional programme");

async function previewImport(page: Page, text: string) {
  await page.goto("/");
  await page.getByRole("button", { name: "Import statement" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Import a statement" });
  await dialog.getByLabel("Statement text").fill(text);
  await dialog.getByRole("button", { name: "Preview" }).click();
  return dialog;
}

test("a text already in the library: imported as a separate statement, then added as a new revision", async ({ page, request }) => {
  const slug = await importForTest(request, TITLE, DELEGATION, ORIGINAL);

  // The same text again: the preview names the statement and offers both ways.
  let dialog = await previewImport(page, ORIGINAL);
  const same = dialog.getByRole("group", { name: `This text matches ${TITLE} (${DELEGATION}, 2024-06-01): the same paragraphs.` });
  await expect(same.getByRole("radio", { name: `Add as a new revision of ${TITLE}` })).toBeVisible();
  await same.getByRole("radio", { name: "Import as a separate statement" }).check();
  await dialog.getByLabel("Title").fill(COPY);
  await dialog.getByLabel("Delegation").fill(DELEGATION);
  await dialog.getByLabel("Forum").fill("UN Security Council open debate");
  await dialog.getByLabel("Date").fill("2024-06-01");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page).toHaveURL(`/s/${slug}-2`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(COPY);

  // The text as delivered (one paragraph of five reworded) matches both; it becomes revision 2 of the first.
  dialog = await previewImport(page, AS_DELIVERED);
  const both = dialog.getByRole("group", { name: "This text matches 2 statements already in the library." });
  await expect(both.getByRole("radio", { name: `Add as a new revision of ${COPY}` })).toBeVisible();
  await page.screenshot({ path: shot("import-duplicate.png") });
  await both.getByRole("radio", { name: `Add as a new revision of ${TITLE}`, exact: true }).check();
  await expect(dialog.getByLabel("Title")).toBeHidden();
  await dialog.getByLabel("Revision note").fill("As delivered");
  await dialog.getByRole("button", { name: "Preview the revision" }).click();

  const summary = dialog.getByRole("region", { name: `Revision 2 of ${TITLE}` });
  await expect(summary.getByText("4 unchanged, 1 edited")).toBeVisible();
  await expect(summary.getByText("No tags to move.")).toBeVisible();
  await page.screenshot({ path: shot("import-duplicate-revision.png") });
  await dialog.getByRole("button", { name: "Add revision 2" }).click();

  await expect(page).toHaveURL(`/s/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(page.getByRole("combobox", { name: "Revision" })).toHaveValue("2");
  await expect(page.locator('[data-paragraph-id="p4"]')).toHaveText(
    "4. We will fund and lead a regional programme on alternative development in 2026.",
  );
});
