import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { csrfOf, importForTest } from "./support/statements.ts";

const shot = (name: string) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", name);

const ORIGINAL = [
  "1. We welcome the report of the Secretary-General on crime prevention.",
  "2. Our country will host a regional workshop on cybercrime in 2025.",
  "3. We are concerned about the trafficking of firearms across borders.",
  "4. Thank you, Mr. President.",
].join("\n\n");

/** A Corr.1 that deletes ¶2: a tag on its words becomes an orphan. */
const CORRECTED = [
  "1. We welcome the report of the Secretary-General on crime prevention.",
  "2. We are concerned about the trafficking of firearms across borders.",
  "3. Thank you, Mr. President.",
].join("\n\n");

/** A Rev.1 that respells a word of ¶2: the tag on it is placed by an approximate match, for a person to confirm. */
const RESPELT = ORIGINAL.replace("cybercrime", "cyber-crime");

const position = { kind: "position", attributes: { stance: "supports" } } as const;

async function revise(request: APIRequestContext, slug: string, content: string): Promise<void> {
  const res = await request.post(`/api/statements/${slug}/revisions`, {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: { format: "text", content, note: "Corr.1" },
  });
  expect(res.status(), await res.text()).toBe(201);
}

/** The text each highlight layer of the reader paints. */
const painted = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights.values()].flatMap((h) =>
      [...(h as Highlight)].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    ),
  );

/** Drags the mouse over `words` in the current paragraph of the card, as a person selecting them would. */
async function dragOver(page: Page, words: string): Promise<void> {
  const points = await page.evaluate((text) => {
    const p = document.querySelector(".placing-now")!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const at = (index: number): [Text, number] => {
      let offset = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (index < offset + node.data.length) return [node, index - offset];
        offset += node.data.length;
      }
      throw new Error(`no offset ${index}`);
    };
    const index = (p.textContent ?? "").indexOf(text);
    const rect = ([node, offset]: [Text, number]) => {
      const r = document.createRange();
      r.setStart(node, offset);
      r.setEnd(node, offset + 1);
      return r.getBoundingClientRect();
    };
    const first = rect(at(index));
    walker.currentNode = p;
    const last = rect(at(index + text.length - 1));
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 5 });
  await page.mouse.up();
}

test("an orphan placed on new words by keyboard, another dropped and brought back, a fuzzy match confirmed", async ({ page, request }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  const slug = await importForTest(request, "Statement on cybercrime (Corr.1)", "Ruritania", ORIGINAL);
  await annotateWords(request, slug, "p2", "regional workshop on cybercrime", position);
  await annotateWords(request, slug, "p2", "host a regional workshop", position);
  await revise(request, slug, CORRECTED);

  await page.goto(`/placing?statement=${slug}`);
  await expect(page.getByRole("heading", { name: "Needs placing", level: 1 })).toBeVisible();
  await expect(page.getByText("0 fuzzy matches to confirm · 2 orphans to place in this statement")).toBeVisible();
  const list = page.getByRole("list", { name: "Annotations waiting to be placed" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  const card = page.getByRole("region", { name: "Statement on cybercrime (Corr.1)" });
  await expect(card.locator(".placing-was mark")).toHaveText("regional workshop on cybercrime");
  // Its paragraph is gone: the one before it, which survived, is where to look for words.
  await expect(card.locator(".placing-now")).toHaveText(CORRECTED.split("\n\n")[0]!);

  // ] and [ show the other paragraphs of the current text, once it has been read (the arrows say when).
  await expect(card.getByRole("button", { name: "Show the paragraph after" })).toBeEnabled();
  await page.keyboard.press("]");
  await expect(card.locator(".placing-now")).toHaveText(CORRECTED.split("\n\n")[1]!);
  await page.keyboard.press("[");
  await expect(card.locator(".placing-now")).toHaveText(CORRECTED.split("\n\n")[0]!);

  // Words by keyboard: → selects "1", then "We", "welcome", "the", "report"; Shift+→ takes in three more.
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(card.locator("mark.placing-chosen")).toHaveText("report of the Secretary-General");
  await page.screenshot({ path: shot("needs-placing.png") });
  await page.keyboard.press("p");
  await expect(page.getByRole("status").filter({ hasText: "Placed on “report of the Secretary-General”" })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // The second: words chosen with the mouse instead (and let go with Esc); dropped with D, back with Undo, dropped for good.
  await expect(card.locator(".placing-was mark")).toHaveText("host a regional workshop");
  await dragOver(page, "welcome the report");
  await expect(card.locator("mark.placing-chosen")).toHaveText("welcome the report");
  await page.keyboard.press("Escape");
  await expect(card.locator("mark.placing-chosen")).toHaveCount(0);
  await page.keyboard.press("d");
  await expect(page.getByText("Nothing to place")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored: “host a regional workshop”" })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await page.keyboard.press("d");
  await expect(page.getByText("Nothing to place")).toBeVisible();

  // In the reader the placed tag sits on its new words.
  await page.goto(`/s/${slug}`);
  await expect(page.locator("[data-highlights-painted]")).toHaveAttribute("data-highlights-painted", "1");
  expect(await painted(page)).toContain("report of the Secretary-General");

  // A fuzzy match, confirmed with C.
  const fuzzySlug = await importForTest(request, "Statement on cybercrime (Rev.1)", "Ruritania", ORIGINAL);
  await annotateWords(request, fuzzySlug, "p2", "regional workshop on cybercrime", position);
  await revise(request, fuzzySlug, RESPELT);
  await page.goto(`/placing?statement=${fuzzySlug}`);
  const fuzzyCard = page.getByRole("region", { name: "Statement on cybercrime (Rev.1)" });
  await expect(fuzzyCard.locator("mark.placing-proposed")).toHaveText("regional workshop on cyber-crime");
  await expect(fuzzyCard.locator(".placing-was mark")).toHaveText("regional workshop on cybercrime");
  await page.keyboard.press("c");
  await expect(page.getByRole("status").filter({ hasText: "Confirmed: “regional workshop on cyber-crime”" })).toBeVisible();
  await expect(page.getByText("Nothing to place")).toBeVisible();

  // The shortcuts sheet lists the page's keys.
  await page.keyboard.press("Shift+?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet.getByText("Confirm a fuzzy match where it was placed")).toBeVisible();
  await page.keyboard.press("Escape");
});
