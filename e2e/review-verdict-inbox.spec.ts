import { expect, type Locator, type Page, test } from "@playwright/test";
import { ADMIN } from "./support/accounts.ts";
import { annotateWords } from "./support/annotations.ts";
import { createMember, memberPage } from "./support/members.ts";
import { panelItems } from "./support/reader.ts";
import { importForTest } from "./support/statements.ts";
import { expectMainNavLinkName, mainNavLink } from "./support/nav.ts";

// An analyst tags a passage; the admin disputes it in the reader, with a comment. The analyst, reading the same
// statement, sees the inbox badge count it without reloading, reads who decided what and why, and lands on the
// annotation. When the admin changes the verdict, the analyst is told again, in the same single entry.
const AUTHOR = { name: "Tariq Tagger", email: "tariq.tagger@example.org", password: "analyst password 3" };
const TITLE = "Verdict statement";
const QUOTE = "remain concerned";
const WHY = "The concern is about firearms, not the report";

let slug: string;
test.beforeAll(async ({ request }) => {
  createMember({ ...AUTHOR, role: "analyst" });
  slug = await importForTest(request, TITLE, "Verdictland");
});

const annotationItem = (page: Page): Locator => panelItems(page).filter({ hasText: QUOTE });
const inboxLink = (page: Page) => mainNavLink(page, /^Inbox/);
const alsoReading = (page: Page) => page.getByRole("status", { name: "Who else is reading" });
const unreadEntries = (page: Page) => page.getByRole("list", { name: "Unread inbox items" }).getByRole("listitem");

async function decide(page: Page, decision: "Accept" | "Dispute", comment?: string): Promise<void> {
  await annotationItem(page).getByRole("button", { name: "Review", exact: true }).click();
  const form = annotationItem(page).getByRole("group", { name: "Review this annotation" });
  if (comment) await form.getByRole("textbox", { name: "Review comment (optional)" }).fill(comment);
  await form.getByRole("button", { name: decision, exact: true }).click();
  await expect(form).toHaveCount(0);
}

test("the author finds a reviewer's verdict in the inbox, live, and it opens the annotation", async ({ page, browser }) => {
  const author = await memberPage(browser, AUTHOR);
  await annotateWords(author.request, slug, "p5", QUOTE, { kind: "position", attributes: { stance: "concerned" } });
  await author.goto(`/s/${slug}`);
  await expect(annotationItem(author)).toBeVisible();
  await expectMainNavLinkName(author, /^Inbox/, "Inbox");

  await page.goto(`/s/${slug}`);
  // The author's stream is open once the admin sees them reading, so the review cannot pass it by.
  await expect(alsoReading(page)).toHaveText(`Also reading: ${AUTHOR.name}`);
  await decide(page, "Dispute", WHY);
  await expect(annotationItem(page)).toContainText(`Disputed by ${ADMIN.name}`);

  await expectMainNavLinkName(author, /^Inbox/, "Inbox, 1 unread");
  await (await inboxLink(author)).click();
  await expect(unreadEntries(author)).toHaveCount(1);
  const entry = unreadEntries(author).first();
  await expect(entry).toContainText(`${ADMIN.name} disputed your position on ¶5 of ${TITLE}:`);
  await expect(entry).toContainText(WHY);
  await expect(alsoReading(page)).toHaveText("");
  await entry.getByRole("link").click();

  await expect(author).toHaveURL(new RegExp(`/s/${slug}\\?discussion=[^&]+#p5$`));
  await expect(annotationItem(author)).toContainText(`Disputed by ${ADMIN.name}`);
  await expect(annotationItem(author)).toContainText(WHY);
  await expect(annotationItem(author).getByRole("button", { name: /^Discussion/ })).toHaveAttribute("aria-expanded", "true");
  await expectMainNavLinkName(author, /^Inbox/, "Inbox");

  // A changed verdict: told again, live, and still one entry, now the new verdict.
  await expect(alsoReading(page)).toHaveText(`Also reading: ${AUTHOR.name}`);
  await decide(page, "Accept");
  await expectMainNavLinkName(author, /^Inbox/, "Inbox, 1 unread");
  await (await inboxLink(author)).click();
  await expect(unreadEntries(author)).toHaveCount(1);
  await expect(unreadEntries(author).first()).toContainText(`${ADMIN.name} accepted your position on ¶5 of ${TITLE}`);
  await expect(unreadEntries(author).first()).not.toContainText(WHY);
  await author.getByRole("button", { name: "All", exact: true }).click();
  await expect(author.getByRole("list", { name: "Inbox items" }).getByRole("listitem")).toHaveCount(1);
  await author.context().close();
});
