import { expect, test } from "@playwright/test";
import { panelItems } from "./support/reader.ts";
import { csrfOf, importForTest } from "./support/statements.ts";

test("a save the server rejects as stale shows a clear message and leaves the page consistent", async ({ page, request }) => {
  const slug = await importForTest(request, "Conflict statement", "Graustark");
  const csrf = await csrfOf(request);
  const created = await request.post(`/api/statements/${slug}/annotations`, {
    headers: { "x-csrf-token": csrf },
    data: { kind: "position", target: { paragraphId: "p2", start: 0, end: 10 }, attributes: { stance: "welcomes" } },
  });
  expect(created.status()).toBe(201);
  const annotation = (await created.json()).annotation;

  await page.goto(`/s/${slug}`);
  const item = panelItems(page).filter({ hasText: "We welcome" });
  await expect(item).toContainText("Welcomes");

  // Someone else saves a change while this edit, begun on version 1, is still open.
  await item.getByRole("button", { name: "Edit" }).click();
  await item.getByLabel("Stance").selectOption("supports");
  const theirs = await request.patch(`/api/annotations/${annotation.id}`, {
    headers: { "x-csrf-token": csrf },
    data: { version: 1, attributes: { stance: "urges" } },
  });
  expect(theirs.status()).toBe(200);
  await item.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/changed/i).first()).toBeVisible();
  await page.getByRole("button", { name: "Use theirs" }).click();
  await expect(item).toContainText("Urges");
  await page.reload();
  await expect(panelItems(page).filter({ hasText: "We welcome" })).toContainText("Urges");
});
