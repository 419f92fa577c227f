import { expect, type Locator, type Page } from "@playwright/test";

/**
 * A link of the main nav, as a person reaches it: below 140rem (an admin's eleven links and the search box need about
 * 2,240 px) the banner folds the nav into its Menu button, which is opened first.
 */
export async function mainNavLink(page: Page, name: string | RegExp): Promise<Locator> {
  await expect(page.getByRole("banner")).toBeVisible();
  const menu = page.getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  return page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });
}

/**
 * Checks a main-nav link's accessible name (it counts unread items, say), opening the folded nav to read it and closing
 * it again with Escape, so the dropped-down menu covers nothing the test goes on to use.
 */
export async function expectMainNavLinkName(page: Page, name: string | RegExp, accessibleName: string): Promise<void> {
  const menu = page.getByRole("button", { name: "Menu" });
  const link = await mainNavLink(page, name);
  await expect(link).toHaveAccessibleName(accessibleName);
  if ((await menu.getAttribute("aria-expanded")) === "true") {
    await link.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  }
}
