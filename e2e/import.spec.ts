import { expect, test } from "@playwright/test";

const PASTED = [
  "Remarks by the Delegation of Arcadia at the Commission on Narcotic Drugs",
  "",
  "Madam Chair,",
  "",
  "Arcadia welcomes the adoption of the resolution on alternative development.",
  "",
  "We will double our contribution to the Global Programme next year.",
  "",
  "Thank you.",
].join("\n");

const MARKDOWN = [
  "---",
  "title: Statement of the Group of Coastal States",
  "date: 2025-03-10",
  "forum: CND 68th session",
  "---",
  "",
  "Distinguished Chair,",
  "",
  "## Maritime trafficking",
  "",
  "The Group **reaffirms** its commitment to article 17 of the 1988 Convention.",
  "",
  "I thank you.",
].join("\n");

test.beforeEach(async ({ page }) => {
  await page.goto("/");
});

test("imports a statement by pasting its text, with a preview, and opens it", async ({ page }) => {
  await page.getByRole("button", { name: "Import statement" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Import a statement" });
  await dialog.getByLabel("Statement text").fill(PASTED);
  await dialog.getByRole("button", { name: "Preview" }).click();

  await expect(dialog.getByLabel("Title")).toHaveValue(/Remarks by the Delegation of Arcadia/);
  await expect(dialog.getByText("Arcadia welcomes the adoption of the resolution on alternative development.")).toBeVisible();
  await dialog.getByLabel("Delegation").fill("Arcadia");
  await dialog.getByLabel("Date").fill("2025-03-12");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();

  await expect(page).toHaveURL(/\/s\/2025-03-12-.*arcadia/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Remarks by the Delegation of Arcadia");
  await expect(page.locator('[data-paragraph-id="p1"]')).toHaveText("Madam Chair,");
  await expect(page.locator('[data-paragraph-id="p4"]')).toHaveText("Thank you.");
});

test("imports a Markdown file by upload, its front matter filling the metadata", async ({ page }) => {
  await page.getByRole("button", { name: "Import statement" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Import a statement" });
  // The file goes to the server as it is; its preview opens once it is read.
  await dialog.getByLabel("Upload files").setInputFiles({ name: "coastal.md", mimeType: "text/markdown", buffer: Buffer.from(MARKDOWN) });

  await expect(dialog.getByLabel("Title")).toHaveValue("Statement of the Group of Coastal States");
  await expect(dialog.getByLabel("Date")).toHaveValue("2025-03-10");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();

  await expect(page).toHaveURL(/\/s\/2025-03-10-/);
  await expect(page.getByRole("heading", { name: "Maritime trafficking" })).toBeVisible();
  await expect(page.locator('[data-paragraph-id="p2"]')).toHaveText(
    "The Group reaffirms its commitment to article 17 of the 1988 Convention.",
  );
});
