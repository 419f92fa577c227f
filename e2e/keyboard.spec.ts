import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { wordPoints } from "./support/reader.ts";
import { importForTest } from "./support/statements.ts";

// Selecting by sentence and paragraph from the keyboard (S, P, ], [) and by triple click, and the ? sheet.
const SCREENSHOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", "shortcuts-sheet.png");

const FIRST = "We thank the U.N. Secretariat for the report of Mr. Guterres.";
const SECOND = "Our delegation supports resolution No. 5, e.g. its second part.";
const THIRD = "We will act.";
const CONTENT = ["Mr. President,", "", `${FIRST} ${SECOND} ${THIRD}`, "", "Thank you."].join("\n");

let slug: string;
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 1024, height: 768 } });
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, "Keyboard statement", "Keyland", CONTENT);
});

const reader = (page: Page) => page.locator(".ProseMirror");
const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? "");
const sheet = (page: Page) => page.getByRole("dialog", { name: "Keyboard shortcuts" });

async function openReader(page: Page) {
  await page.goto(`/s/${slug}`);
  await expect(page.locator('[data-paragraph-id="p2"]')).toContainText(THIRD);
}

test("selects a sentence with a handful of key presses, and tags it", async ({ page }) => {
  await openReader(page);
  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await page.keyboard.press(key);
  };
  // Focus lands on the text with the caret at its start, before "Mr. President,".
  await reader(page).focus();
  await press("ArrowDown");
  await press("]");
  await expect.poll(() => selectedText(page)).toBe(FIRST);
  await press("]");
  await expect.poll(() => selectedText(page)).toBe(`${FIRST} ${SECOND}`);
  // ArrowRight collapses the selection to its end, just after the second sentence; S selects that one alone.
  await press("ArrowRight");
  await press("S");
  await expect.poll(() => selectedText(page)).toBe(SECOND);
  expect(presses).toBeLessThanOrEqual(5);

  await page.keyboard.press("2");
  const form = page.getByRole("dialog", { name: "Tag as commitment" });
  await expect(form.locator(".annotation-form-quote")).toHaveText(SECOND);
  // ? typed into the note is text, not a request for help.
  await form.getByRole("textbox", { name: "Note" }).click();
  await page.keyboard.type("Why?");
  await expect(form.getByRole("textbox", { name: "Note" })).toHaveText("Why?");
  await expect(sheet(page)).toHaveCount(0);
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(form).toBeHidden();
  await expect(reader(page)).toBeFocused();

  await press("P");
  await expect.poll(() => selectedText(page)).toBe(`${FIRST} ${SECOND} ${THIRD}`);
});

test("a double click selects a word and a triple click the sentence", async ({ page }) => {
  await openReader(page);
  const { start } = await wordPoints(page, "p2", "delegation");
  await page.mouse.dblclick(start.x + 4, start.y);
  await expect.poll(() => selectedText(page).then((t) => t.trim())).toBe("delegation");
  await page.mouse.click(start.x + 4, start.y, { clickCount: 3 });
  await expect.poll(() => selectedText(page)).toBe(SECOND);
  await expect(page.getByRole("toolbar", { name: "Tag selection" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Position" })).toHaveAttribute("title", "Tag as position (1)");
});

test("? opens the shortcuts sheet over the reader; Escape closes it and gives the text its focus back", async ({ page }) => {
  await openReader(page);
  await reader(page).focus();
  await page.keyboard.press("Shift+Slash");
  await expect(sheet(page)).toBeVisible();
  await expect(sheet(page).getByRole("region", { name: "Selecting text" })).toContainText("Select the sentence at the caret");
  await expect(sheet(page).getByRole("region", { name: "Everywhere" })).toContainText("Show the keyboard shortcuts");
  await expect(sheet(page).getByRole("region", { name: "Deciding" })).toHaveCount(0);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: SCREENSHOT, animations: "disabled" });
  await page.keyboard.press("Escape");
  await expect(sheet(page)).toBeHidden();
  await expect(reader(page)).toBeFocused();
});

test("? opens the sheet in the review queue and the library too, each with its own keys", async ({ page }) => {
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await page.keyboard.press("Shift+Slash");
  await expect(sheet(page).getByRole("region", { name: "Deciding" })).toContainText("Mark accepted");
  await expect(sheet(page).getByRole("region", { name: "Selecting text" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(sheet(page)).toBeHidden();

  await page.goto("/");
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(sheet(page).getByRole("region", { name: "Searching" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet(page)).toBeHidden();
  await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toBeFocused();
});
