import { type Browser, expect, type Page, test } from "@playwright/test";
import { ADMIN } from "./support/accounts.ts";
import { guestPage } from "./support/members.ts";
import { mainNavLink } from "./support/nav.ts";

// An admin invites someone by link; they join from a browser with no session; roles change and links are revoked.
const NIA = { name: "Nia Ndlovu", email: `nia.ndlovu.${Date.now()}@example.org`, password: "nia's long password" };

async function openMembers(page: Page) {
  await page.goto("/");
  await (await mainNavLink(page, "Members")).click();
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
}

async function createInvitation(page: Page, note: string, role?: string): Promise<string> {
  const invite = page.getByRole("region", { name: "Invite someone" });
  if (role) await invite.getByLabel("Role", { exact: true }).selectOption(role);
  await invite.getByLabel("Who is it for? (optional)").fill(note);
  await invite.getByRole("button", { name: "Create invitation link" }).click();
  const field = invite.getByLabel("Invitation link");
  await expect(field).toHaveValue(/\/invite\/vbi_[\w-]+$/);
  await expect(page.getByRole("region", { name: "Invitations" }).getByRole("row", { name: new RegExp(note) })).toContainText("Pending");
  return field.inputValue();
}

const openAsGuest = async (browser: Browser, link: string): Promise<Page> => {
  const guest = await guestPage(browser);
  await guest.goto(link);
  return guest;
};

test("an admin invites an analyst by link; they create an account, land in the library, and become a reviewer", async ({
  page,
  browser,
}) => {
  await openMembers(page);
  await expect(page.getByRole("row", { name: new RegExp(ADMIN.name) })).toContainText(ADMIN.email);
  const invite = page.getByRole("region", { name: "Invite someone" });
  await expect(invite.getByLabel("Role", { exact: true })).toHaveValue("analyst");
  const link = await createInvitation(page, "Nia at the Geneva desk");
  await invite.getByRole("button", { name: "Copy link" }).click();
  await expect(invite.getByRole("status")).toHaveText(/Link copied|The link is selected/);

  const nia = await openAsGuest(browser, link);
  await expect(nia.getByText(`${ADMIN.name} invites you to join ${ADMIN.workspace} as an analyst.`)).toBeVisible();
  await expect(nia.getByRole("radio", { name: "Create an account" })).toBeChecked();
  await nia.getByLabel("Your name").fill(NIA.name);
  await nia.getByLabel("Email").fill(NIA.email);
  await nia.getByLabel("Password").fill("too short");
  await nia.getByRole("button", { name: `Create account and join ${ADMIN.workspace}` }).click();
  await expect(nia.getByText("Choose a password of at least 10 characters.")).toBeVisible();
  await expect(nia.getByLabel("Password")).toBeFocused();
  await nia.getByLabel("Password").fill(NIA.password);
  await nia.getByRole("button", { name: `Create account and join ${ADMIN.workspace}` }).click();

  await expect(nia).toHaveURL(/\/$/);
  await expect(nia.getByRole("heading", { name: "Statements" })).toBeVisible();
  const account = nia.getByRole("banner").locator(".account-user");
  await expect(account).toContainText(NIA.name);
  await expect(account.locator(".role-badge")).toHaveText("Analyst");

  await page.reload();
  await expect(page.getByRole("region", { name: "Invitations" }).getByRole("row", { name: /Nia at the Geneva desk/ })).toContainText(
    `Accepted by ${NIA.name}`,
  );
  const role = page.getByLabel(`Role of ${NIA.name}`);
  await expect(role).toHaveValue("analyst");
  await role.selectOption("reviewer");
  await expect(page.getByRole("region", { name: /People in/ }).getByRole("status")).toHaveText(`${NIA.name} is now a reviewer.`);
  await page.reload();
  await expect(page.getByLabel(`Role of ${NIA.name}`)).toHaveValue("reviewer");

  await nia.reload();
  await expect(nia.getByRole("banner").locator(".role-badge")).toHaveText("Reviewer");
  await nia.goto("/members");
  await expect(nia.getByText("Only admins manage members.", { exact: false })).toBeVisible();

  // The used link now says so.
  const again = await openAsGuest(browser, link);
  await expect(again.getByRole("alert")).toHaveText("This invitation link has already been used.");
  await expect(again.getByRole("link", { name: "Go to sign in" })).toBeVisible();
  await again.context().close();
  await nia.context().close();
});

test("revoking a pending invitation makes its link show that it can no longer be used", async ({ page, browser }) => {
  await openMembers(page);
  const link = await createInvitation(page, "Someone who changed their mind", "viewer");
  const row = page.getByRole("region", { name: "Invitations" }).getByRole("row", { name: /Someone who changed their mind/ });
  await row.getByRole("button", { name: /^Revoke/ }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);

  const guest = await openAsGuest(browser, link);
  await expect(guest.getByRole("alert")).toHaveText("This invitation link was revoked.");
  await expect(guest.getByRole("button", { name: /join/i })).toHaveCount(0);
  await guest.goto("/invite/vbi_not-a-real-link");
  await expect(guest.getByRole("alert")).toHaveText(/This invitation link is not valid/);
  await guest.context().close();
});

test("the last admin is offered neither another role nor removal, and the row says why; another member is removed and loses access", async ({
  page,
  browser,
}) => {
  await openMembers(page);
  const link = await createInvitation(page, "Temporary helper", "viewer");
  const temp = await openAsGuest(browser, link);
  const email = `temp.${Date.now()}@example.org`;
  await temp.getByLabel("Your name").fill("Tomas Temporary");
  await temp.getByLabel("Email").fill(email);
  await temp.getByLabel("Password").fill("temporary password");
  await temp.getByRole("button", { name: /^Create account and join/ }).click();
  await expect(temp.getByRole("banner").locator(".role-badge")).toHaveText("Viewer");

  await page.reload();
  // The API says what may be done with each member; the workspace must keep its one admin.
  const self = page.getByRole("row", { name: new RegExp(ADMIN.name) });
  await expect(self.getByLabel(`Role of ${ADMIN.name}`)).toBeDisabled();
  await expect(self.getByLabel(`Role of ${ADMIN.name}`)).toHaveAccessibleDescription(/last admin: make someone else an admin first/);
  await expect(self.getByRole("button", { name: `Remove ${ADMIN.name}` })).toHaveCount(0);
  await expect(page.getByLabel("Role of Tomas Temporary")).toBeEnabled();

  await page.getByRole("button", { name: "Remove Tomas Temporary" }).click();
  const remove = page.getByRole("dialog", { name: "Remove Tomas Temporary?" });
  await expect(remove.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(remove.getByRole("button", { name: "Remove" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(remove.getByRole("button", { name: "Cancel" })).toBeFocused();
  await remove.getByRole("button", { name: "Remove" }).click();
  await expect(remove).toHaveCount(0);
  await expect(page.getByRole("region", { name: /People in/ }).getByRole("status")).toHaveText(
    `Tomas Temporary was removed from ${ADMIN.workspace}.`,
  );
  await expect(page.getByLabel("Role of Tomas Temporary")).toHaveCount(0);

  await temp.reload();
  await expect(temp).toHaveURL(/\/login$/);
  await temp.context().close();
});
