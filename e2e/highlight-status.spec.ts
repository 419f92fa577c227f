import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { annotateWords, reviewAnnotation } from "./support/annotations.ts";
import { importForTest } from "./support/statements.ts";

// Review status in the reader: accepted filled, proposed light, disputed marked, rejected hidden until asked for;
// one colour scheme across pages; and a print view without the app's chrome.
const WELCOME = "welcome the report";
const PLEDGE = "will contribute two million euros";
const UNTOC = "United Nations Convention against Transnational Organized Crime";
const CONCERNED = "remain concerned";
// `SCREENSHOTS=1 npm run test:e2e -- highlight-status.spec.ts` refreshes the pictures in the docs.
const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots");

let slug: string;
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, "Status statement", "Statusland");
  const welcome = await annotateWords(request, slug, "p2", WELCOME, { kind: "position", attributes: { stance: "welcomes" } });
  const pledge = await annotateWords(request, slug, "p3", PLEDGE, { kind: "commitment", attributes: { strength: "pledge" } });
  await annotateWords(request, slug, "p4", UNTOC, { kind: "cross-reference", attributes: { target: "UNTOC", relation: "reaffirms" } });
  const concerned = await annotateWords(request, slug, "p5", CONCERNED, { kind: "position", attributes: { stance: "concerned" } });
  await reviewAnnotation(request, welcome, "accepted");
  await reviewAnnotation(request, pledge, "disputed");
  await reviewAnnotation(request, concerned, "rejected");
});

/** The text each highlight layer (CSS Custom Highlight API registry) paints, by layer name. */
const layers = (page: Page) =>
  page.evaluate(() => {
    const byName: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      byName[name] = [...(highlight as Highlight)].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    }
    return byName;
  });

const openReader = async (page: Page) => {
  await page.goto(`/s/${slug}`);
  await expect(page.locator("[data-highlights-painted]")).toHaveAttribute("data-highlights-painted", "4");
};

const statusFilter = (page: Page) => page.getByRole("group", { name: "Highlights shown" });

test("a rejected highlight is hidden until the filter asks for it; disputed and accepted are marked apart", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await openReader(page);
  // Each status says how many it has, so a hidden one is not forgotten.
  const rejected = statusFilter(page).getByRole("checkbox", { name: "Rejected (1)" });
  await expect(rejected).not.toBeChecked();

  let painted = await layers(page);
  expect(Object.values(painted).flat()).not.toContain(CONCERNED);
  expect(painted["vb-position-full"]).toEqual([WELCOME]);
  expect(painted["vb-commitment-light"]).toEqual([PLEDGE]);
  expect(painted["vb-cross-reference-light"]).toEqual([UNTOC]);
  expect(painted["vb-status-disputed"]).toEqual([PLEDGE]);
  expect(painted["vb-status-rejected"]).toEqual([]);
  // The layers' styles: a disputed span gets a wavy line the accepted one has not, and the fills differ.
  const styleOf = (layer: string) =>
    page.evaluate((name) => {
      const s = getComputedStyle(document.querySelector("[data-paragraph-id]")!, `::highlight(${name})`);
      return { line: s.textDecorationLine, style: s.textDecorationStyle, fill: s.backgroundColor };
    }, layer);
  expect(await styleOf("vb-status-disputed")).toMatchObject({ line: "overline", style: "wavy" });
  expect(await styleOf("vb-status-rejected")).toMatchObject({ line: "line-through" });
  expect((await styleOf("vb-position-full")).fill).not.toBe((await styleOf("vb-position-light")).fill);
  await rejected.check();
  await expect.poll(async () => (await layers(page))["vb-status-rejected"]).toEqual([CONCERNED]);
  painted = await layers(page);
  expect(painted["vb-position-light"]).toEqual([CONCERNED]);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: path.join(SHOTS, "reader-highlights.png"), animations: "disabled" });

  await statusFilter(page)
    .getByRole("checkbox", { name: /Disputed/ })
    .uncheck();
  await expect.poll(async () => (await layers(page))["vb-status-disputed"]).toEqual([]);
  expect((await layers(page))["vb-commitment-light"]).toEqual([]);
});

test("the kind colours are the same custom property in the reader and the review queue", async ({ page }) => {
  const colours = () =>
    page.evaluate(() => {
      const probe = document.createElement("span");
      document.body.append(probe);
      const resolved: Record<string, string> = {};
      for (const kind of ["position", "commitment", "cross-reference"]) {
        probe.style.color = `var(--${kind})`;
        resolved[kind] = getComputedStyle(probe).color;
      }
      probe.remove();
      return resolved;
    });
  // The kind's badge (panel item, queue item) rather than the item's border, which shows focus while current.
  const badgeColour = () =>
    page
      .locator(".kind-badge.kind-cross-reference")
      .first()
      .evaluate((el) => getComputedStyle(el).color);

  await openReader(page);
  const inReader = await colours();
  expect(new Set(Object.values(inReader)).size).toBe(3);
  expect(await badgeColour()).toBe(inReader["cross-reference"]);
  const legendLine = await page
    .locator(".highlight-legend .kind-cross-reference")
    .evaluate((el) => [getComputedStyle(el).textDecorationColor, getComputedStyle(el).textDecorationStyle]);
  expect(legendLine).toEqual([inReader["cross-reference"], "dashed"]);

  await page.goto(`/review?statement=${slug}`);
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  expect(await colours()).toEqual(inReader);
  expect(await badgeColour()).toBe(inReader["cross-reference"]);
  const mark = await page
    .locator(".queue-item.kind-cross-reference mark")
    .evaluate((el) => [getComputedStyle(el).textDecorationColor, getComputedStyle(el).textDecorationStyle]);
  expect(mark).toEqual([inReader["cross-reference"], "dashed"]);
});

test("printing the reader leaves out the header, toolbars and panel, and lists the annotations", async ({ page }) => {
  await openReader(page);
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.locator(".print-annotations")).toHaveCount(0);

  await page.emulateMedia({ media: "print" });
  // Role queries see only what is rendered: on paper there is no header, navigation, panel, button or checkbox.
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.getByRole("complementary", { name: "Annotations" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "← All statements" })).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Status statement" })).toBeVisible();
  await expect(page.locator("[data-paragraph-id=p2]")).toBeVisible();

  const list = page.getByRole("region", { name: "Annotations" });
  await expect(list).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(list).toContainText(`“${WELCOME}”`);
  await expect(list).toContainText("Commitment · ¶3 · p3 · Disputed");
  await expect(list).not.toContainText(CONCERNED);
  if (process.env.SCREENSHOTS) {
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: path.join(SHOTS, "reader-print.png"), fullPage: true, animations: "disabled" });
  }

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(list).toHaveCount(0);
});
