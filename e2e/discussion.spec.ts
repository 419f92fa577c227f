import { expect, type Locator, type Page, test } from "@playwright/test";
import { ADMIN } from "./support/accounts.ts";
import { annotateWords } from "./support/annotations.ts";
import { createMember, memberPage } from "./support/members.ts";
import { panelItems } from "./support/reader.ts";
import { importForTest } from "./support/statements.ts";
import { expectMainNavLinkName, mainNavLink } from "./support/nav.ts";

// Two members in two browsers: one mentions the other in an annotation's discussion; the other finds it in the
// inbox, lands on the annotation and replies; the first sees the reply arrive without reloading.
const ANALYST = { name: "Nia Nkemelu", email: "nia.nkemelu@example.org", password: "analyst password 1" };
const QUOTE = "welcome the report";

let slug: string;
test.beforeAll(async ({ request }) => {
  createMember({ ...ANALYST, role: "analyst" });
  slug = await importForTest(request, "Discussion statement", "Freedonia");
  await annotateWords(request, slug, "p2", QUOTE, { kind: "position", attributes: { stance: "welcomes" } });
});

const annotationItem = (page: Page): Locator => panelItems(page).filter({ hasText: QUOTE });
const inboxLink = (page: Page) => mainNavLink(page, /^Inbox/);
const commentBy = (scope: Locator, name: string) => scope.getByRole("article", { name: `Comment by ${name}` });

test("a mention reaches the member's inbox; their reply reaches the author live", async ({ page, browser }) => {
  const analyst = await memberPage(browser, ANALYST);
  await analyst.goto("/");
  await expectMainNavLinkName(analyst, /^Inbox/, "Inbox");

  await page.goto(`/s/${slug}`);
  const item = annotationItem(page);
  const toggle = item.getByRole("button", { name: /^Discussion/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const editor = item.getByRole("textbox", { name: "Comment" });
  await editor.click();
  await page.keyboard.type("Could you check this, @Nia");
  const option = item.getByRole("listbox", { name: "Members to mention" }).getByRole("option", { name: new RegExp(ANALYST.name) });
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(editor).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "");
  await page.keyboard.press("Enter");
  await page.keyboard.type("please?");
  await page.keyboard.press("Control+Enter");
  const mine = commentBy(item, ADMIN.name);
  await expect(mine).toContainText(`Could you check this, @${ANALYST.name} please?`);
  await expect(mine.locator(".mention")).toHaveText(`@${ANALYST.name}`);
  await expect(toggle).toHaveAccessibleName("Discussion (1)");
  await expect(editor).toHaveText("");

  // Moving inside the app (no reload) looks at the inbox again.
  await analyst.getByRole("link", { name: "Discussion statement" }).click();
  await expectMainNavLinkName(analyst, /^Inbox/, "Inbox, 1 unread");
  await (await inboxLink(analyst)).click();
  const entry = analyst.getByRole("list", { name: "Unread inbox items" }).getByRole("listitem").first();
  await expect(entry).toContainText(`${ADMIN.name} mentioned you on Discussion statement`);
  await expect(entry).toContainText(QUOTE);
  await entry.getByRole("link").click();

  await expect(analyst).toHaveURL(new RegExp(`/s/${slug}\\?discussion=.+#p2$`));
  const theirItem = annotationItem(analyst);
  await expect(theirItem.getByRole("button", { name: "Discussion (1)" })).toHaveAttribute("aria-expanded", "true");
  await expectMainNavLinkName(analyst, /^Inbox/, "Inbox");
  await commentBy(theirItem, ADMIN.name).getByRole("button", { name: "Reply" }).click();
  const reply = theirItem.getByRole("textbox", { name: `Reply to ${ADMIN.name}` });
  await expect(reply).toBeFocused();
  await analyst.keyboard.type("Checked: it holds.");
  await analyst.keyboard.press("Control+Enter");
  await expect(commentBy(theirItem, ANALYST.name)).toContainText("Checked: it holds.");

  // The admin, who never reloaded, sees the reply nested under their comment, and a reply in their inbox.
  const arrived = commentBy(item, ANALYST.name);
  await expect(arrived).toContainText("Checked: it holds.", { timeout: 5_000 });
  await expect(item.locator(".comment-replies").getByRole("article", { name: `Comment by ${ANALYST.name}` })).toHaveCount(1);
  await expect(toggle).toHaveAccessibleName("Discussion (2)");
  await expectMainNavLinkName(page, /^Inbox/, "Inbox, 1 unread");

  // Deleting a comment offers Undo; the other browser sees both.
  await commentBy(theirItem, ANALYST.name).getByRole("button", { name: "Delete" }).click();
  await expect(commentBy(item, ANALYST.name)).toHaveCount(0, { timeout: 5_000 });
  await theirItem.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(commentBy(item, ANALYST.name)).toContainText("Checked: it holds.", { timeout: 5_000 });
  await analyst.context().close();
});
