import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { ADMIN } from "./support/accounts.ts";
import { annotateWords } from "./support/annotations.ts";
import { paintedTexts, selectWithKeyboard } from "./support/reader.ts";
import { csrfOf, importForTest } from "./support/statements.ts";

const shot = (name: string) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", name);

const ORIGINAL = [
  "1. We welcome the report of the Secretary-General on crime prevention.",
  "2. We support the Convention against Transnational Organized Crime and its Protocols.",
  "3. Our country will host a regional workshop on cybercrime in 2025.",
  "4. We are concerned about the trafficking of firearms across borders.",
  "5. Thank you, Mr. President.",
].join("\n\n");

/** A Corr.1: ¶2 edited, ¶3 deleted, a paragraph inserted after ¶4 (renumbered), ¶5 unchanged. */
const CORRECTED = [
  "1. We welcome the report of the Secretary-General on crime prevention.",
  "2. We strongly support the Convention against Transnational Organized Crime and its three Protocols.",
  "3. We are concerned about the trafficking of firearms across borders.",
  "4. We call on all States to ratify the Convention.",
  "5. Thank you, Mr. President.",
].join("\n\n");

test("a revision added through the reader: previewed, summarised, diffed, and the older text read by deep link", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  const slug = await importForTest(request, "Statement on crime prevention (revised)", "Ruritania", ORIGINAL);
  const position = { kind: "position", attributes: { stance: "supports" } } as const;
  await annotateWords(request, slug, "p2", "Convention against Transnational Organized Crime", position);
  await annotateWords(request, slug, "p3", "regional workshop on cybercrime", position);

  await page.goto(`/s/${slug}`);
  await page.getByRole("button", { name: "Add revision" }).click();
  const dialog = page.getByRole("dialog", { name: /Add a revision/ });
  await dialog.getByLabel("New text").fill(CORRECTED);
  await dialog.getByLabel("Note").fill("Corr.1");
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByRole("heading", { name: "Revision 2 (Corr.1)" })).toBeVisible();
  await expect(dialog.getByText("2 unchanged, 2 edited, 1 inserted, 1 deleted")).toBeVisible();
  await expect(dialog.getByText("2 tags: 1 moved within their paragraph, 1 orphaned.")).toBeVisible();
  await dialog.getByRole("button", { name: "Add revision" }).click();
  await expect(dialog).toBeHidden();

  const banner = page.getByRole("region", { name: "Revised statement" });
  await expect(banner).toContainText(`Revised: revision 2 (Corr.1), by ${ADMIN.name} on`);
  await expect(banner).toContainText("2 edited, 1 inserted, 1 deleted. 2 tags: 1 on their words, 1 orphaned.");
  await expect(banner.getByRole("link", { name: "Needs placing (1)" })).toHaveAttribute("href", `/placing?statement=${slug}`);
  await expect(page.getByRole("combobox", { name: "Revision" })).toHaveValue("2");
  await expect(page.locator('[data-paragraph-id="p6"]')).toHaveText("4. We call on all States to ratify the Convention.");
  await page.screenshot({ path: shot("revision-banner.png") });

  await banner.getByRole("link", { name: "Compare with revision 1" }).click();
  await expect(page.getByRole("heading", { name: "Changes in revision 2" })).toBeVisible();
  const table = page.getByRole("table");
  const edited = table.getByRole("row", { name: /^p2 edited/ });
  await expect(edited.locator("ins")).toHaveText(["added: strongly ", "added: three "]);
  await expect(table.getByRole("row", { name: /^p3 deleted/ }).locator("del")).toContainText("regional workshop on cybercrime");
  await expect(table.getByRole("row", { name: /^p6 inserted/ })).toContainText("¶4");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: shot("revision-diff.png"), fullPage: true });

  // ¶ p3 is gone from the current text: the reader says so and leads to the revision that has it.
  await page.goto(`/s/${slug}#p3`);
  await expect(page.getByText("¶ p3 was deleted in revision 2.")).toBeVisible();
  await page.getByRole("link", { name: "Read it in revision 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${slug}\\?revision=1#p3$`));

  await page.goto(`/s/${slug}?revision=1#p3`);
  await expect(page.getByText("You are reading revision 1 of 2 — tags cannot be added here.")).toBeVisible();
  const linked = page.locator(".is-link-target [data-paragraph-id]");
  await expect(linked).toHaveAttribute("data-paragraph-id", "p3");
  await expect(linked).toHaveText("3. Our country will host a regional workshop on cybercrime in 2025.");
  await expect(page.locator('[data-paragraph-id="p3"]')).toBeInViewport();
  await expect(page.getByText("2 tags were on this revision’s text, shown here where they stood then.")).toBeVisible();
  // Both tags as they stood: ¶2's before "strongly" moved it, and the orphan on the words it was left on.
  await expect
    .poll(async () => [...new Set(await paintedTexts(page))])
    .toEqual(["Convention against Transnational Organized Crime", "regional workshop on cybercrime"]);
  // Read-only: selecting words offers no tagging.
  await page.locator('[data-paragraph-id="p3"]').selectText();
  await expect(page.getByRole("button", { name: /^Position/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Go to the current revision" }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${slug}#p3$`));
});

test("a revision landing meanwhile: the dialog previews again against it, and a tag begun on the old text is refused", async ({
  page,
  request,
}) => {
  const slug = await importForTest(request, "Statement revised by two people", "Ruritania", ORIGINAL);
  const landRevision = async (content: string) => {
    const res = await request.post(`/api/statements/${slug}/revisions`, {
      headers: { "x-csrf-token": await csrfOf(request) },
      data: { format: "text", content },
    });
    expect(res.status(), await res.text()).toBe(201);
  };

  await page.goto(`/s/${slug}`);
  await page.getByRole("button", { name: "Add revision" }).click();
  const dialog = page.getByRole("dialog", { name: /Add a revision/ });
  await dialog.getByLabel("New text").fill(ORIGINAL);
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("This text is the same as the current revision: there is nothing to add.");

  await dialog.getByLabel("New text").fill(CORRECTED);
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByRole("heading", { name: "Revision 2" })).toBeVisible();
  // Someone else's revision lands between the preview and the click.
  await landRevision(CORRECTED.replace("5. Thank you, Mr. President.", "5. Thank you."));
  await dialog.getByRole("button", { name: "Add revision" }).click();
  await expect(dialog.getByText(/^Revision 2 was added while you were working/)).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "Revision 3" })).toBeVisible();
  await dialog.getByRole("button", { name: "Add revision" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("combobox", { name: "Revision" })).toHaveValue("3");
  await expect(page.locator('[data-paragraph-id="p5"]')).toHaveText("5. Thank you, Mr. President.");
  // The page settles (the banner comes with the revision list) before words are selected in it.
  await expect(page.getByRole("region", { name: "Revised statement" })).toContainText("Revised: revision 3,");

  // A tag begun on revision 3 is refused once revision 4 is current, and the reader reads the new text.
  await selectWithKeyboard(page, "p1", "report of the Secretary-General");
  await page
    .getByRole("toolbar", { name: "Tag selection" })
    .getByRole("button", { name: /Position/ })
    .click();
  const form = page.getByRole("dialog", { name: "Tag as position" });
  await form.getByLabel("Stance").selectOption("welcomes");
  await landRevision(CORRECTED.replace("1. We welcome", "1. We warmly welcome"));
  await form.getByLabel("Stance").press("Enter");
  await expect(page.getByText("The text was revised while you were tagging; please select the words again.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Revision" })).toHaveValue("4");
  await expect(page.locator('[data-paragraph-id="p1"]')).toContainText("We warmly welcome");
});
