import { expect, test } from "@playwright/test";
import { ADMIN } from "./support/accounts.ts";
import { createMember } from "./support/members.ts";
import { csrfOf, importForTest } from "./support/statements.ts";
import { mainNavLink } from "./support/nav.ts";

// Changes by two people show in the workspace feed, newest first; the member filter narrows it to one of them.
const stamp = Date.now();
const CY = {
  name: `Cy Activity ${stamp}`,
  email: `cy.activity.${stamp}@example.org`,
  password: "cy's long password",
  role: "analyst",
} as const;

test("the activity page lists recent changes and the member filter narrows it", async ({ page, request, playwright, baseURL }) => {
  const title = `Activity statement ${stamp}`;
  const slug = await importForTest(request, title, "Arcadia");
  createMember(CY);
  const cy = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await cy.post("/api/auth/login", { data: { email: CY.email, password: CY.password } })).status()).toBe(204);
  const created = await cy.post(`/api/statements/${slug}/annotations`, {
    headers: { "x-csrf-token": await csrfOf(cy) },
    data: { kind: "commitment", target: { paragraphId: "p3", start: 15, end: 30 }, attributes: { strength: "pledge" } },
  });
  expect(created.status(), await created.text()).toBe(201);
  await cy.dispose();
  const mine = await request.post(`/api/statements/${slug}/annotations`, {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: { kind: "position", target: { paragraphId: "p2", start: 3, end: 10 }, attributes: { stance: "welcomes" } },
  });
  expect(mine.status(), await mine.text()).toBe(201);

  await page.goto("/");
  await (await mainNavLink(page, "Activity")).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  const feed = page.getByRole("list", { name: "Recent changes" });
  const entries = feed.getByRole("listitem");
  await expect(entries.first()).toContainText(`${ADMIN.name} tagged a position in ‘${title}’`);
  await expect(entries.first()).toContainText("welcome");
  await expect(entries.nth(1)).toContainText(`${CY.name} tagged a commitment in ‘${title}’`);
  await expect(entries.nth(1)).toContainText("will contribute");
  await expect(entries.first().getByRole("link", { name: `‘${title}’` })).toHaveAttribute("href", `/s/${slug}#p2`);

  await page.getByLabel("Member").selectOption({ label: CY.name });
  await expect(page).toHaveURL(/member=/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(`${CY.name} tagged a commitment`);

  await page.getByLabel("Member").selectOption({ label: "Everyone" });
  await page.getByLabel("Statement").selectOption({ label: title });
  await expect(entries).toHaveCount(2);

  await entries
    .nth(1)
    .getByRole("link", { name: `‘${title}’` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/s/${slug}#p3$`));
});
