import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { createMember, memberPage } from "./support/members.ts";
import { panelItems } from "./support/reader.ts";
import { importForTest } from "./support/statements.ts";

// A reviewer works the review queue by keyboard alone: A accepts, J/K move, R rejects, D disputes with a comment.
const REVIEWER = { name: "Rita Queue", email: "rita.queue@example.org", password: "reviewer password 2" };

let slug: string;
const ids: Record<"welcome" | "contribute" | "reaffirm" | "concerned", string> = {
  welcome: "",
  contribute: "",
  reaffirm: "",
  concerned: "",
};

test.beforeAll(async ({ request }) => {
  createMember({ ...REVIEWER, role: "reviewer" });
  slug = await importForTest(request, "Queue statement", "Queueland");
  const position = (stance: string) => ({ kind: "position" as const, attributes: { stance } });
  // Created in this order, so the queue (oldest first) lists them so.
  ids.welcome = (await annotateWords(request, slug, "p2", "welcome the report", position("welcomes"))).id;
  ids.contribute = (
    await annotateWords(request, slug, "p3", "will contribute two million euros", {
      kind: "commitment",
      attributes: { strength: "pledge" },
    })
  ).id;
  ids.reaffirm = (await annotateWords(request, slug, "p4", "reaffirm our support", position("reaffirms"))).id;
  ids.concerned = (await annotateWords(request, slug, "p5", "remain concerned", position("concerned"))).id;
});

const queueItems = (page: Page) => page.getByRole("list", { name: "Annotations awaiting review" }).locator(":scope > li");
const current = (page: Page) => page.locator('.queue-list > li[aria-current="true"]');
const statusOf = async (request: APIRequestContext, id: string) => (await (await request.get(`/api/annotations/${id}`)).json()).annotation;

test("a reviewer works the queue by keyboard; the decisions are stored and show in the history", async ({ page, browser, request }) => {
  const reviewer = await memberPage(browser, REVIEWER);
  await reviewer.goto(`/review?statement=${slug}`);
  await expect(reviewer.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await expect(queueItems(reviewer)).toHaveCount(4);
  await expect(reviewer.getByText("4 annotations await review")).toBeVisible();
  await expect(reviewer.getByRole("complementary", { name: "Keyboard" })).toContainText("accept");
  // The first is current, shown in its paragraph with the quote marked.
  await expect(current(reviewer)).toContainText("Queue statement");
  await expect(current(reviewer)).toContainText("¶2");
  await expect(current(reviewer).locator("mark")).toHaveText("welcome the report");

  await reviewer.keyboard.press("a");
  await expect(reviewer.getByRole("status").filter({ hasText: "Accepted:" })).toHaveText("Accepted: “welcome the report”");
  await expect(queueItems(reviewer)).toHaveCount(3);
  await expect(current(reviewer).locator("mark")).toHaveText("will contribute two million euros");

  await reviewer.keyboard.press("j");
  await expect(current(reviewer).locator("mark")).toHaveText("reaffirm our support");
  await reviewer.keyboard.press("k");
  await expect(current(reviewer).locator("mark")).toHaveText("will contribute two million euros");
  await reviewer.keyboard.press("j");
  await reviewer.keyboard.press("r");
  await expect(reviewer.getByRole("status").filter({ hasText: "Rejected:" })).toHaveText("Rejected: “reaffirm our support”");
  await expect(current(reviewer).locator("mark")).toHaveText("remain concerned");

  await reviewer.keyboard.press("k");
  await expect(current(reviewer).locator("mark")).toHaveText("will contribute two million euros");
  await reviewer.keyboard.press("d");
  const why = reviewer.getByRole("textbox", { name: "Why is it disputed?" });
  await expect(why).toBeFocused();
  // Typing in the field is text, not shortcuts: "a", "j" and "r" stay in it.
  await reviewer.keyboard.type("Amount differs from the verbatim record");
  await reviewer.keyboard.press("Enter");
  await expect(reviewer.getByRole("status").filter({ hasText: "Disputed:" })).toHaveText("Disputed: “will contribute two million euros”");
  await expect(queueItems(reviewer)).toHaveCount(1);
  await expect(current(reviewer).locator("mark")).toHaveText("remain concerned");

  // Escape cancels a dispute; the last item stays.
  await reviewer.keyboard.press("d");
  await expect(why).toBeFocused();
  await reviewer.keyboard.press("Escape");
  await expect(why).toHaveCount(0);
  await expect(queueItems(reviewer)).toHaveCount(1);

  expect(await statusOf(request, ids.welcome)).toMatchObject({ status: "accepted", review: { reviewer: { name: REVIEWER.name } } });
  expect(await statusOf(request, ids.reaffirm)).toMatchObject({ status: "rejected", review: { comment: null } });
  expect(await statusOf(request, ids.contribute)).toMatchObject({
    status: "disputed",
    review: { status: "disputed", comment: "Amount differs from the verbatim record", reviewer: { name: REVIEWER.name } },
  });
  expect(await statusOf(request, ids.concerned)).toMatchObject({ status: "proposed", review: null });

  await reviewer.keyboard.press("a");
  await expect(reviewer.getByRole("heading", { name: "Nothing to review under these filters" })).toBeVisible();
  await reviewer.context().close();

  // In the reader, the disputed annotation says who disputed it and why, and its history shows the review.
  await page.goto(`/s/${slug}`);
  const item = panelItems(page).filter({ hasText: "will contribute two million euros" });
  await expect(item).toContainText(`Disputed by ${REVIEWER.name}`);
  await expect(item).toContainText("Amount differs from the verbatim record");
  await item.getByRole("button", { name: "History" }).click();
  const dialog = page.getByRole("dialog", { name: "History of “will contribute two million euros”" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("listitem").filter({ hasText: "created it" })).toBeVisible();
  const reviewed = dialog.getByRole("listitem").filter({ hasText: `${REVIEWER.name} disputed it` });
  await expect(reviewed).toContainText("Amount differs from the verbatim record");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
});
