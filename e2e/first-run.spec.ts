import { expect, test, type Page } from "@playwright/test";
import { ADMIN as admin } from "./support/accounts.ts";

test("first run: set up the workspace with the samples, sign out, sign back in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Verbatim" })).toBeVisible();

  const samples = page.getByRole("list", { name: "Sample statements" }).getByRole("listitem");
  await expect(samples.first()).toBeVisible();
  const sampleCount = await samples.count();

  await page.getByLabel("Workspace name").fill(admin.workspace);
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByLabel("Load the sample statements").check();
  await page.getByRole("button", { name: "Create workspace" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expectHome(page);
  const statements = page.getByRole("list", { name: "Statements" }).getByRole("listitem");
  await expect(statements).toHaveCount(sampleCount);
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: /^Sample:/ })).toHaveCount(sampleCount);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Sign in to Verbatim" })).toBeVisible();

  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Wrong email or password");

  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expectHome(page);
  await expect(page.getByRole("list", { name: "Statements" }).getByRole("listitem")).toHaveCount(sampleCount);
});

async function expectHome(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Statements" })).toBeVisible();
  const banner = page.getByRole("banner");
  await expect(banner).toContainText(admin.name);
  await expect(banner).toContainText(admin.workspace);
  await expect(banner).toContainText("Admin");
}
