import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { ADMIN } from "./support/accounts.ts";
import { memberPage } from "./support/members.ts";

// An admin creates a second workspace from the banner, lands on its empty library, and switches back by keyboard.
// A session of its own: the shared admin session stays in the first workspace for the other specs.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const workspaceButton = (page: Page, name: string) => page.getByRole("banner").getByRole("button", { name: `Workspace: ${name}` });

test("an admin creates a workspace, lands on its empty library, and switches back with the keyboard", async ({ browser }) => {
  const page = await memberPage(browser, ADMIN);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  await expect(page.getByRole("list", { name: "Statements" }).getByRole("listitem").first()).toBeVisible();

  const name = `Vienna desk ${Date.now()}`;
  await workspaceButton(page, ADMIN.workspace).click();
  await page.getByRole("banner").getByRole("button", { name: "New workspace…" }).click();
  const dialog = page.getByRole("dialog", { name: "New workspace" });
  await expect(dialog.getByLabel("Workspace name")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog.getByText("Enter a name for the workspace (up to 100 characters).")).toBeVisible();
  await page.keyboard.type(ADMIN.workspace);
  await page.keyboard.press("Enter");
  await expect(dialog.getByText("You already have a workspace of this name. Choose another.")).toBeVisible();
  await dialog.getByLabel("Workspace name").fill(name);
  await page.keyboard.press("Enter");

  await expect(dialog).toBeHidden();
  await expect(workspaceButton(page, name)).toBeFocused();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("No statements yet.")).toBeVisible();
  // The banner keeps to one line's width at 1,024 px: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  await page.keyboard.press("Enter");
  await expect(workspaceButton(page, name)).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("list", { name: "Your workspaces" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.keyboard.press("Escape");
  await expect(workspaceButton(page, name)).toHaveAttribute("aria-expanded", "false");
  await expect(workspaceButton(page, name)).toBeFocused();
  await page.keyboard.press("Enter");
  const back = list.getByRole("button", { name: new RegExp(ADMIN.workspace) });
  await page.keyboard.press("Tab");
  await expect(back).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(workspaceButton(page, ADMIN.workspace)).toBeVisible();
  await expect(page.getByRole("list", { name: "Statements" }).getByRole("listitem").first()).toBeVisible();
  await page.context().close();
});

test("the admin command creates a workspace for a user, who then finds it in the menu", async ({ browser }) => {
  const name = `Nairobi desk ${Date.now()}`;
  const run = (args: string[]) =>
    execFileSync(process.execPath, ["--import", "tsx", "apps/api/src/cli/admin.ts", ...args], {
      cwd: repoRoot,
      env: { ...process.env, VERBATIM_DATA_DIR: process.env.VERBATIM_E2E_DATA_DIR },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
  expect(run(["create-workspace", "--name", name, "--admin", ADMIN.email]).trim()).toMatch(/^[0-9a-f-]{36}$/);
  expect(() => run(["create-workspace", "--name", name, "--admin", ADMIN.email])).toThrow(/already has a workspace named/);

  const page = await memberPage(browser, ADMIN);
  await page.goto("/");
  await workspaceButton(page, ADMIN.workspace).click();
  await page
    .getByRole("list", { name: "Your workspaces" })
    .getByRole("button", { name: new RegExp(name) })
    .click();
  await expect(workspaceButton(page, name)).toBeVisible();
  await expect(page.getByText("No statements yet.")).toBeVisible();
  await page.context().close();
});
