import { expect, type Page, test } from "@playwright/test";
import { createMember, memberPage } from "./support/members.ts";
import { panelItems } from "./support/reader.ts";
import { csrfOf, importForTest } from "./support/statements.ts";

// Two members edit one annotation at once: the second save is refused as stale, and its author merges.
const AUTHOR = { name: "Mia Merger", email: "mia.merger@example.org", password: "analyst password 1", role: "analyst" } as const;

async function startEdit(page: Page, slug: string) {
  await page.goto(`/s/${slug}`);
  const item = panelItems(page).filter({ hasText: "We welcome the report" });
  await expect(item).toContainText("Welcomes");
  await item.getByRole("button", { name: "Edit" }).click();
  await expect(item.getByLabel("Stance")).toBeVisible();
  return item;
}

test("a stale edit is merged with the saved one through the merge dialog", async ({ page, request, browser }) => {
  createMember(AUTHOR);
  const slug = await importForTest(request, "Merge statement", "Graustark");
  const analyst = await memberPage(browser, AUTHOR);
  const created = await analyst.request.post(`/api/statements/${slug}/annotations`, {
    headers: { "x-csrf-token": await csrfOf(analyst.request) },
    data: { kind: "position", target: { paragraphId: "p2", start: 0, end: 21 }, attributes: { stance: "welcomes" }, labels: ["report"] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()).annotation as { id: string };

  // Both begin on version 1; the analyst saves first.
  const mine = await startEdit(page, slug);
  const theirs = await startEdit(analyst, slug);
  await theirs.getByLabel("Stance").selectOption("supports");
  await theirs.getByLabel("Labels").fill("urgent");
  await theirs.getByRole("button", { name: "Save" }).click();
  await expect.poll(async () => (await (await request.get(`/api/annotations/${id}`)).json()).annotation.version).toBe(2);

  await mine.getByLabel("Stance").selectOption("urges");
  await mine.getByLabel("Labels").fill("follow-up");
  await mine.getByRole("button", { name: "Save" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Someone else changed this annotation" });
  await expect(alert).toBeVisible();

  await alert.getByRole("button", { name: "Compare and merge…" }).click();
  const dialog = page.getByRole("dialog", { name: "Merge your edit with theirs" });
  const tag = dialog.getByRole("group", { name: "Tag" });
  await expect(tag).toContainText("You both changed this, differently");
  await expect(tag.getByRole("radio", { name: /Yours/ })).toBeChecked();
  await expect(tag.getByRole("radio", { name: /Theirs/ })).not.toBeChecked();
  await expect(tag).toContainText("Supports");
  await expect(tag).toContainText("Urges");
  const labels = dialog.getByRole("group", { name: "Labels" });
  await labels.getByRole("radio", { name: "Both: theirs and yours" }).check();
  await dialog.getByRole("button", { name: "Save merged version" }).click();
  await expect(dialog).toBeHidden();

  const merged = panelItems(page).filter({ hasText: "We welcome the report" });
  await expect(merged).toContainText("Urges");
  await expect(merged.getByRole("list", { name: "Labels" }).getByRole("listitem")).toHaveText(["report", "urgent", "follow-up"]);
  // The analyst's page shows the merged version without a reload.
  await expect(panelItems(analyst).filter({ hasText: "We welcome the report" })).toContainText("Urges", { timeout: 5_000 });

  const saved = (await (await request.get(`/api/annotations/${id}`)).json()).annotation;
  expect(saved).toMatchObject({ version: 3, attributes: { stance: "urges" }, labels: ["report", "urgent", "follow-up"] });
  await analyst.context().close();
});
