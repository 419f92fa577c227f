import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { csrfOf, importForTest } from "./support/statements.ts";

// `SCREENSHOTS=1` refreshes docs/screenshots/reader-suggestions.png (1,024 px, a suggestion current).
// Suggestion mode in the reader (issue 16): the key switches it on, Tab walks the suggestions, Enter or A accepts
// (a proposed annotation with its provenance), X dismisses, and a dismissal outlives a reload.
const SCREENSHOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", "reader-suggestions.png");

const CONTENT = [
  "Mr. President,",
  "",
  "We condemn the attack on the humanitarian convoy.",
  "",
  "My delegation will contribute USD 2 million to the trust fund.",
  "",
  "We recall resolution 74/247 and the Palermo Convention.",
  "",
  "We welcome the report of the Secretary-General.",
].join("\n");

interface Listed {
  id: string;
  quote: string;
  rule: string;
  target: { paragraphId: string; start: number };
}

let slug: string;
test.use({ viewport: { width: 1024, height: 800 } });
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, "Suggestion statement", "Suggestland", CONTENT);
});

const text = (page: Page) => page.locator(".ProseMirror");
const panel = (page: Page) => page.getByRole("region", { name: "Suggestions", exact: true });
const current = (page: Page) => page.getByRole("article", { name: "Current suggestion" });

/** The suggestions the API offers, in reading order (paragraph IDs here are p1, p2, … in order). */
async function listed(page: Page): Promise<Listed[]> {
  const res = await page.request.get(`/api/statements/${slug}/suggestions`);
  expect(res.status(), await res.text()).toBe(200);
  const items = (await res.json()).items as Listed[];
  const block = (id: string) => Number(id.replace(/\D/g, ""));
  return items.sort((a, b) => block(a.target.paragraphId) - block(b.target.paragraphId) || a.target.start - b.target.start);
}

/** The text the current suggestion's highlight layer paints. */
const paintedCurrent = (page: Page) =>
  page.evaluate(() =>
    [...((CSS.highlights.get("vb-suggestion-current") as Highlight | undefined) ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    }),
  );

async function openReader(page: Page) {
  await page.goto(`/s/${slug}`);
  await expect(page.locator("[data-highlights-painted]")).toHaveAttribute("data-highlights-painted", /\d+/);
}

test("Tab walks the suggestions, Enter and A accept, X dismisses, and the dismissal outlives a reload", async ({ page }) => {
  await openReader(page);
  const offered = await listed(page);
  expect(offered.length).toBeGreaterThanOrEqual(5);
  const quotes = offered.map((s) => s.quote);

  // Outside the mode Tab moves focus as usual, and nothing is drawn.
  const toggle = page.getByRole("button", { name: "Suggestions", exact: true });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await text(page).focus();
  await page.keyboard.press("f");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(panel(page)).toContainText(`${offered.length} suggestions`);
  await expect(text(page)).toBeFocused();

  // Tab and Shift+Tab move from one to the next in reading order; the panel shows the current one.
  await page.keyboard.press("Tab");
  await expect(current(page)).toContainText(`1 of ${offered.length}`);
  await expect(current(page)).toContainText(quotes[0]!);
  await expect.poll(() => paintedCurrent(page)).toEqual([quotes[0]]);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: SCREENSHOT, animations: "disabled" });
  await page.keyboard.press("Tab");
  await expect(current(page)).toContainText(quotes[1]!);
  await page.keyboard.press("Shift+Tab");
  await expect(current(page)).toContainText(`1 of ${offered.length}`);
  await expect(text(page)).toBeFocused();
  await expect(current(page)).toContainText(offered[0]!.rule);

  // Accept three by keyboard (Enter, A, Enter): each moves on to the next.
  await page.keyboard.press("Enter");
  await expect(current(page)).toContainText(quotes[1]!);
  await page.keyboard.press("a");
  await expect(current(page)).toContainText(quotes[2]!);
  await page.keyboard.press("Enter");
  await expect(current(page)).toContainText(quotes[3]!);
  // …and dismiss the fourth with X.
  await page.keyboard.press("x");
  await expect(current(page)).toContainText(quotes[4]!);
  await expect(page.locator(".annotation-item")).toHaveCount(3);

  // Escape leaves the mode; the marks go.
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => paintedCurrent(page)).toEqual([]);

  // After a reload: the three are proposed annotations that say where they came from, the dismissed one stays gone.
  await openReader(page);
  const items = page.locator(".annotation-item");
  await expect(items).toHaveCount(3);
  for (const s of offered.slice(0, 3)) {
    await expect(items.filter({ hasText: s.quote })).toContainText(`From a suggestion · rule ${s.rule}`);
  }
  await expect(items.first()).toContainText("Proposed");
  const left = (await listed(page)).map((s) => s.id);
  expect(left).not.toContain(offered[3]!.id);
  expect(left).toContain(offered[4]!.id);
  await toggle.click();
  await expect(text(page)).toBeFocused();
  await expect(panel(page)).toContainText(`${offered.length - 4} suggestion`);
  await expect(panel(page).getByRole("button", { name: quotes[3]! })).toHaveCount(0);
});

test("accepts every suggestion of a kind at once, and Undo takes them back", async ({ page, request }) => {
  const other = await importForTest(request, "Suggestion statement, all at once", "Allland", CONTENT);
  await page.goto(`/s/${other}`);
  await expect(page.locator("[data-highlights-painted]")).toHaveAttribute("data-highlights-painted", "0");
  await page.getByRole("button", { name: "Suggestions", exact: true }).click();
  const references = panel(page).getByRole("region", { name: "Cross-reference" });
  const acceptAll = references.getByRole("button", { name: /^Accept all \d+ cross-references?$/ });
  const label = (await acceptAll.textContent()) ?? "";
  const n = Number(/\d+/.exec(label)?.[0]);
  expect(n).toBeGreaterThanOrEqual(2);
  await acceptAll.click();
  const notice = page.getByRole("status").filter({ hasText: `Accepted ${n} cross-references.` });
  await expect(notice).toBeVisible();
  await expect(page.locator(".annotation-item")).toHaveCount(n);
  await expect(references).toHaveCount(0);
  await notice.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Undone: ${n} annotations removed.` })).toBeVisible();
  await expect(page.locator(".annotation-item")).toHaveCount(0);
  await expect(references.getByRole("listitem")).toHaveCount(n);
});

test("on a statement in another language, the mode says the rules read English", async ({ page, request }) => {
  const res = await request.post("/api/statements", {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: {
      title: "Déclaration",
      delegation: "France",
      language: "fr",
      format: "text",
      content: "Monsieur le Président,\n\nNous condamnons l'attaque et rappelons la résolution 74/247.",
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  await page.goto(`/s/${(await res.json()).statement.slug}`);
  await page.locator(".ProseMirror").focus();
  await page.keyboard.press("f");
  await expect(panel(page)).toContainText("The suggestion rules read English text; this statement is in French.");
  await expect(panel(page).getByRole("button", { name: /Accept all/ })).toHaveCount(0);
});

test("E opens the tagging form with the suggestion's attributes; accepting takes the edited ones", async ({ page, request }) => {
  const other = await importForTest(request, "Suggestion statement, edited", "Editland", CONTENT);
  await page.goto(`/s/${other}`);
  await expect(page.locator("[data-highlights-painted]")).toHaveAttribute("data-highlights-painted", "0");
  await text(page).focus();
  await page.keyboard.press("f");
  await expect(panel(page)).toContainText(/\d+ suggestions/);
  await page.keyboard.press("Tab");
  await expect(current(page)).toContainText("We condemn the attack");
  await page.keyboard.press("e");
  const form = page.getByRole("form", { name: "Accept as position" });
  // The form opens beside the suggestion's words (or under them), never over them.
  const words = await page.evaluate(() => {
    const painted = [...((CSS.highlights.get("vb-suggestion-current") as Highlight | undefined) ?? [])][0]!;
    const range = document.createRange();
    range.setStart(painted.startContainer, painted.startOffset);
    range.setEnd(painted.endContainer, painted.endOffset);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
  const box = (await page.getByRole("dialog", { name: "Accept as position" }).boundingBox())!;
  const beside = box.x >= words.right && box.y <= words.bottom && box.y + box.height >= words.top;
  const under = box.y >= words.bottom && box.y - words.bottom < 40;
  expect(beside || under, JSON.stringify({ words, box })).toBe(true);
  const stance = form.getByLabel("Stance");
  await expect(stance).toHaveValue("condemns");
  await stance.selectOption("urges");
  await form.getByRole("button", { name: "Accept" }).click();
  await expect(form).toHaveCount(0);
  const item = page.locator(".annotation-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Urges");
  await expect(item).toContainText("From a suggestion · rule position-condemns");
  // Focus is back in the text, on the next suggestion.
  await expect(text(page)).toBeFocused();
  await expect(current(page)).toContainText("1 of");
});

test("the rules' page shows what became of each rule's suggestions", async ({ page, request }) => {
  const other = await importForTest(request, "Suggestion rules statement", "Rulesland", "We condemn the raid.\n\nWe welcome the truce.");
  const items = (await (await request.get(`/api/statements/${other}/suggestions`)).json()).items as Listed[];
  const condemns = items.find((s) => s.rule === "position-condemns");
  const welcomes = items.find((s) => s.rule === "position-welcomes");
  expect(condemns && welcomes, JSON.stringify(items)).toBeTruthy();
  const headers = { "x-csrf-token": await csrfOf(request) };
  expect((await request.post(`/api/statements/${other}/suggestions/${condemns!.id}/accept`, { headers, data: {} })).status()).toBe(201);
  expect((await request.post(`/api/statements/${other}/suggestions/${welcomes!.id}/dismiss`, { headers })).status()).toBe(204);

  await page.goto("/review");
  await page.getByRole("link", { name: "How the suggestion rules fare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suggestion rules" })).toBeVisible();
  // The row's cells: kind, kept, rejected, dismissed, kept of decided (the rule is its header; the bar is hidden).
  const cells = (rule: string) =>
    page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: rule }) })
      .getByRole("cell")
      .allTextContents();
  // The table is drawn once the figures arrive: wait for them rather than reading an empty table.
  await expect.poll(async () => Number((await cells("position-condemns"))[1])).toBeGreaterThanOrEqual(1);
  await expect.poll(async () => Number((await cells("position-welcomes"))[3])).toBeGreaterThanOrEqual(1);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/suggestion-rules.png" });
});
