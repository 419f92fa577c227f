import { expect, type Page } from "@playwright/test";

interface Point {
  x: number;
  y: number;
}

/** Screen points at the start of `words`' first character and the end of its last, within a paragraph. */
export async function wordPoints(page: Page, paragraphId: string, words: string): Promise<{ start: Point; end: Point }> {
  const points = await page.evaluate(
    ({ id, text }) => {
      const p = document.querySelector(`[data-paragraph-id="${id}"]`);
      const walker = p ? document.createTreeWalker(p, NodeFilter.SHOW_TEXT) : null;
      let node = walker?.nextNode() as Text | null;
      let offset = 0;
      const at = (index: number): [Text, number] | null => {
        for (; node; node = walker!.nextNode() as Text | null) {
          if (index < offset + node.data.length) return [node, index - offset];
          offset += node.data.length;
        }
        return null;
      };
      const whole = p?.textContent ?? "";
      const index = whole.indexOf(text);
      if (index < 0) return null;
      const first = at(index);
      const last = at(index + text.length - 1);
      if (!first || !last) return null;
      const rect = (n: Text, o: number) => {
        const r = document.createRange();
        r.setStart(n, o);
        r.setEnd(n, o + 1);
        return r.getBoundingClientRect();
      };
      const a = rect(...first);
      const b = rect(...last);
      return { start: { x: a.left + 1, y: a.top + a.height / 2 }, end: { x: b.right - 1, y: b.top + b.height / 2 } };
    },
    { id: paragraphId, text: words },
  );
  if (!points) throw new Error(`"${words}" is not in ${paragraphId}`);
  return points;
}

/** Drags the mouse over the words, as a reader would (optionally on to words of a later paragraph). */
export async function selectWithMouse(page: Page, paragraphId: string, words: string, end?: { paragraphId: string; words: string }) {
  const paragraph = page.locator(`[data-paragraph-id="${paragraphId}"]`);
  await paragraph.scrollIntoViewIfNeeded();
  // A save just before may still be scrolling the page (its panel item is brought into view): points taken while the
  // text moves would drag over other words. Wait until the paragraph stands still between two frames.
  await expect
    .poll(() =>
      paragraph.evaluate(
        (el) =>
          new Promise<boolean>((resolve) => {
            const before = el.getBoundingClientRect().top;
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(el.getBoundingClientRect().top === before)));
          }),
      ),
    )
    .toBe(true);
  const from = (await wordPoints(page, paragraphId, words)).start;
  const to = end ? (await wordPoints(page, end.paragraphId, end.words)).end : (await wordPoints(page, paragraphId, words)).end;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  if (!end) await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe(words);
}

/** Puts the caret before the words with a click, then extends the selection over them with Shift+ArrowRight. */
export async function selectWithKeyboard(page: Page, paragraphId: string, words: string) {
  await page.locator(`[data-paragraph-id="${paragraphId}"]`).scrollIntoViewIfNeeded();
  const { start } = await wordPoints(page, paragraphId, words);
  await page.mouse.click(start.x - 0.5, start.y);
  for (let i = 0; i < words.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe(words);
}

/** The annotation side panel's items (each holds its labels as a nested list). */
export const panelItems = (page: Page) => page.getByRole("list", { name: "Annotations in reading order" }).locator(":scope > li");

/** The text of every range the reader has painted as a highlight (CSS Custom Highlight API). */
export async function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const painted of highlight as Highlight) {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        texts.push(range.toString());
      }
    }
    return texts;
  });
}
