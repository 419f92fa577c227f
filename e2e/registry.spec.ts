import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { expectHeaderOnOneRow, expectNoSideScroll } from "./support/layout.ts";
import { createMember, type MemberAccount, memberPage } from "./support/members.ts";
import { csrfOf, importForTest } from "./support/statements.ts";

const SCREENSHOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", "registry.png");

const VIEWER: MemberAccount = {
  name: "Vera Lindqvist",
  email: "vera.registry@example.org",
  password: "registry viewer pass",
  role: "viewer",
};
const ANALYST: MemberAccount = {
  name: "Amal Haddad",
  email: "amal.registry@example.org",
  password: "registry analyst pass",
  role: "analyst",
};
const GROUP = "Friends of Mediation in Small Arms";
const GROUP_KEY = "FRIENDS-OF-MEDIATION-IN-SMALL-ARMS";

test.describe.configure({ mode: "serial" });
test.beforeAll(() => {
  createMember(VIEWER);
  createMember(ANALYST);
});

const entryNames = (page: Page) => page.getByRole("table").getByRole("rowheader");
const details = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("an admin finds a State by an alias, adds an alias and a group with two members, and is told of a clash", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Registry" }).click();
  await expect(page.getByRole("heading", { name: "Registry", level: 1 })).toBeVisible();

  await page.keyboard.press("/");
  await expect(page.getByLabel("Filter the registry")).toBeFocused();
  await page.keyboard.type("People's Republic of China");
  await expect(entryNames(page)).toHaveCount(1);
  await expect(entryNames(page)).toHaveText("China also ‘People's Republic of China’");
  await expect(page.getByRole("button", { name: /^Member States 1$/ })).toBeVisible();
  await entryNames(page).getByRole("link", { name: "China" }).click();
  await expect(page).toHaveURL(/\/registry\?q=People%27s\+Republic\+of\+China#CHN$/);
  const china = details(page, "China");
  await expect(china.getByRole("list", { name: "Aliases" })).toContainText("PRC");
  await expect(
    china.getByRole("list", { name: "Member of" }).getByRole("link", { name: "Permanent members of the Security Council" }),
  ).toBeVisible();

  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/registry-state.png" });
  await china.getByLabel("New alias").fill("Zhongguo");
  await china.getByRole("button", { name: "Add alias" }).click();
  await expect(china.getByRole("status")).toHaveText("Added the alias ‘Zhongguo’.");
  await expect(china.getByRole("list", { name: "Aliases" }).getByText("Zhongguo", { exact: true })).toBeVisible();
  await page.getByLabel("Filter the registry").fill("zhongguo");
  await expect(entryNames(page)).toHaveText("China also ‘Zhongguo’");

  // Another State's alias: refused, naming the State, with a link to it.
  await china.getByLabel("New alias").fill("Ivory Coast");
  await china.getByRole("button", { name: "Add alias" }).click();
  const clash = china.getByRole("alert");
  await expect(clash).toContainText(`"Ivory Coast" already names Côte d'Ivoire (CIV)`);
  await clash.getByRole("link", { name: "Show Côte d'Ivoire" }).click();
  await expect(details(page, "Côte d'Ivoire")).toBeVisible();

  await page.getByRole("button", { name: "Add entry" }).click();
  const form = page.getByRole("form", { name: "Add an entry" });
  await expect(form.getByLabel("Name", { exact: true })).toBeFocused();
  await form.getByLabel("Name", { exact: true }).fill(GROUP);
  await expect(form.getByLabel("Kind")).toHaveValue("group");
  await form.getByLabel("Aliases").fill("FoMSA\nSmall Arms Friends");
  const members = form.getByRole("combobox", { name: "Members" });
  await members.fill("Norway");
  await members.press("Enter");
  await members.fill("FIN");
  await members.press("Enter");
  await members.fill("Atlantis");
  await members.press("Enter");
  await expect(form.getByRole("alert")).toHaveText("No State in the registry is called ‘Atlantis’.");
  await members.fill("");
  await expect(form.getByRole("list", { name: "Chosen members" }).getByRole("listitem")).toHaveText(["Norway×", "Finland×"]);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/registry-add.png", fullPage: true });
  await form.getByRole("button", { name: "Save entry" }).click();

  const group = details(page, GROUP);
  await expect(group.getByRole("heading", { name: GROUP })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/registry#${GROUP_KEY}$`));
  await expect(group).toContainText("Added by this workspace");
  await expect(group.getByRole("list", { name: "Aliases" })).toContainText("FoMSA");
  await expect(group.getByRole("list", { name: "Members" }).getByRole("link")).toHaveText(["Finland", "Norway"]);
  await expect(page.getByRole("row", { name: new RegExp(`^${GROUP}`) })).toContainText("Added");

  await group.getByRole("link", { name: "Norway" }).click();
  await expect(details(page, "Norway").getByRole("list", { name: "Member of" }).getByRole("link", { name: GROUP })).toBeVisible();

  // The same name again: 409, naming the entry that has it.
  await page.getByRole("button", { name: "Add entry" }).click();
  await form.getByLabel("Name", { exact: true }).fill(GROUP.toUpperCase());
  await form.getByLabel("Key (optional)").fill("FOMSA-2");
  await form.getByRole("button", { name: "Save entry" }).click();
  await expect(form.getByRole("alert")).toContainText(`already names ${GROUP} (${GROUP_KEY})`);
  await form.getByRole("link", { name: `Show ${GROUP}` }).click();
  await expect(details(page, GROUP)).toBeVisible();
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(form).toHaveCount(0);

  await page.goto(`/registry?kind=group#${GROUP_KEY}`);
  await expect(page.getByRole("button", { name: /^Groups \d+$/ })).toHaveAttribute("aria-pressed", "true");
  await expect(details(page, GROUP)).toBeVisible();
  await expectNoSideScroll(page, "registry");
  await expectHeaderOnOneRow(page, "registry");
  await page.screenshot({ path: SCREENSHOT });
});

for (const who of [VIEWER, ANALYST]) {
  test(`a ${who.role} reads the registry from a deep link but has nothing to add with`, async ({ browser }) => {
    const page = await memberPage(browser, who);
    await page.goto("/registry?entry=eu");
    const eu = details(page, "European Union");
    await expect(eu.getByRole("list", { name: "Members" }).getByRole("link", { name: "Finland" })).toBeVisible();
    await expect(page.getByRole("table").getByRole("link", { name: "European Union" })).toHaveAttribute("aria-current", "true");
    await expect(page.getByRole("button", { name: "Add entry" })).toHaveCount(0);
    await expect(page.getByLabel("New alias")).toHaveCount(0);

    await page.goto("/registry?q=union&kind=organization");
    await expect(page.getByRole("button", { name: /^Organisations \d+$/ })).toHaveAttribute("aria-pressed", "true");
    await expect(entryNames(page).first()).toHaveText(/Union/);
    await page.context().close();
  });
}

test("an admin stores the registry's names on statements kept under another spelling", async ({ page, request }) => {
  // Stored while the registry did not know the name; then an alias makes it New Zealand's.
  const slug = await importForTest(request, "Registry, a statement stored before its alias", "Middle Earth Republic");
  const alias = await request.post("/api/registry/delegations", {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: { extends: "NZL", aliases: ["Middle Earth Republic"] },
  });
  expect(alias.status(), await alias.text()).toBe(201);

  await page.goto("/registry");
  const notice = page.getByRole("region", { name: /names? its speakers otherwise than the registry/ });
  await notice.getByText("Show what would change").click();
  await expect(notice.getByRole("listitem").filter({ hasText: "Registry, a statement stored before its alias" })).toContainText(
    "‘Middle Earth Republic’ → New Zealand",
  );
  await notice.getByRole("button", { name: /^Use the registry’s names on/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /now names? its speakers as the registry does/ })).toBeVisible();

  const stored = await request.get(`/api/statements/${slug}`);
  expect((await stored.json()).statement.delegation).toBe("New Zealand");
});
