import { expect, type Page, test } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { expectNoSideScroll } from "./support/layout.ts";
import { createMember, memberPage } from "./support/members.ts";
import { importForTest } from "./support/statements.ts";

// An admin hands a statement to an analyst to tag, due on a day already past, from the library; the analyst finds it
// under Assigned to me, marked overdue, and opens it. The admin hands another statement to a reviewer from the
// reader; in the review queue, "Only my assignments" narrows the reviewer's queue to that statement.
const ANALYST = { name: "Tamsin Tagger", email: "tamsin.tagger@example.org", password: "analyst password 8", role: "analyst" } as const;
const REVIEWER = { name: "Rhea Reviewer", email: "rhea.reviewer@example.org", password: "reviewer password 8", role: "reviewer" } as const;
const TO_TAG = "Statement to tag";
const TO_REVIEW = "Statement to review";
const LAPTOP = { width: 1024, height: 768 };

let tagSlug: string;
let reviewSlug: string;
test.use({ viewport: LAPTOP });
test.beforeAll(async ({ request }) => {
  createMember(ANALYST);
  createMember(REVIEWER);
  tagSlug = await importForTest(request, TO_TAG, "Tagland");
  reviewSlug = await importForTest(request, TO_REVIEW, "Reviewland");
  // One proposal in each, so that the queue holds more than the reviewer's assignment.
  await annotateWords(request, tagSlug, "p5", "remain concerned", { kind: "position", attributes: { stance: "concerned" } });
  await annotateWords(request, reviewSlug, "p4", "reaffirm our support", { kind: "position", attributes: { stance: "supports" } });
});

async function signedIn(browser: Parameters<typeof memberPage>[0], who: typeof ANALYST | typeof REVIEWER): Promise<Page> {
  const page = await memberPage(browser, who);
  await page.setViewportSize(LAPTOP);
  return page;
}

test("an admin assigns a statement from the library; the analyst finds it under Assigned to me and opens it", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("checkbox", { name: `Select ${TO_TAG}` }).check();
  await page.getByRole("button", { name: "Assign 1 selected…" }).click();
  const dialog = page.getByRole("dialog", { name: "Assign statement" });
  await expect(dialog.getByRole("radio", { name: /^Tag/ })).toBeChecked();
  await dialog.getByRole("checkbox", { name: ANALYST.name }).check();
  await dialog.getByLabel("Due date (optional)").fill("2020-01-15");
  await expectNoSideScroll(page, "the assign dialog");
  await dialog.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Assigned" })).toHaveText(`Assigned “${TO_TAG}” to ${ANALYST.name} for tagging.`);

  const analyst = await signedIn(browser, ANALYST);
  await analyst.goto("/");
  await analyst.getByRole("button", { name: "Menu" }).click();
  await analyst.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assigned to me" }).click();
  const item = analyst.getByRole("list", { name: "Assigned to me" }).getByRole("listitem").filter({ hasText: TO_TAG });
  await expect(item).toContainText("Overdue: due 15 January 2020");
  await expect(item).toContainText("Assigned by");
  await expectNoSideScroll(analyst, "Assigned to me");
  await item.getByRole("link", { name: TO_TAG }).click();
  await expect(analyst).toHaveURL(new RegExp(`/s/${tagSlug}$`));
  await expect(analyst.getByRole("heading", { level: 1, name: TO_TAG })).toBeVisible();
});

test("an admin assigns a review from the reader; Only my assignments narrows the reviewer's queue to it", async ({ page, browser }) => {
  await page.goto(`/s/${reviewSlug}`);
  await page.getByRole("button", { name: "Assign…" }).click();
  const dialog = page.getByRole("dialog", { name: "Assign statement" });
  await dialog.getByRole("radio", { name: /^Review/ }).check();
  // Analysts do not review: the dialog offers only those who may.
  await expect(dialog.getByRole("checkbox", { name: ANALYST.name })).toHaveCount(0);
  await dialog.getByRole("checkbox", { name: REVIEWER.name }).check();
  await dialog.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Assigned" })).toHaveText(
    `Assigned “${TO_REVIEW}” to ${REVIEWER.name} for review.`,
  );

  const reviewer = await signedIn(browser, REVIEWER);
  await reviewer.goto("/review");
  const queue = reviewer.getByRole("list", { name: "Annotations awaiting review" }).locator(":scope > li");
  await expect(queue.filter({ hasText: TO_TAG })).not.toHaveCount(0);
  // The toggle lives in the URL (a navigation), so it shows as checked once the page has moved: click, then expect.
  const onlyMine = reviewer.getByRole("checkbox", { name: "Only my assignments" });
  await onlyMine.click();
  await expect(onlyMine).toBeChecked();
  await expect(reviewer).toHaveURL(/[?&]assigned=me/);
  await expect(queue.filter({ hasText: TO_TAG })).toHaveCount(0);
  await expect(queue).toHaveCount(1);
  await expect(queue.first()).toContainText(TO_REVIEW);
  await expectNoSideScroll(reviewer, "the review queue, narrowed to assignments");
});
