import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { annotateWords, reviewAnnotation } from "./support/annotations.ts";
import { csrfOf, importForTest } from "./support/statements.ts";

const TITLE = "Export brief statement";
const WELCOME = "We welcome the report of the Secretary-General";
const PLEDGE = "will contribute two million euros";
const UNTOC = "United Nations Convention against Transnational Organized Crime";
const QUOTED_TITLE = "Quoted brief statement";
// Selected with its own marks, as an analyst does when a statement quotes someone.
const OWN_MARKS = "“Transnational organized crime is a threat to us all.”";
// One unbroken word, as long source URLs are, that no text column is wide enough for.
const LONG_SOURCE = `https://www.un.org/en/ga/documents/${"verbatim-record-of-the-open-debate-".repeat(4)}2024.pdf`;
// `SCREENSHOTS=1 npm run test:e2e -- export.spec.ts` refreshes the dialog's picture in the docs.
const SCREENSHOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", "export-dialog.png");

let slug: string;
let quotedSlug: string;
test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, TITLE, "Sylvania");
  const welcome = await annotateWords(request, slug, "p2", WELCOME, { kind: "position", attributes: { stance: "welcomes" } });
  await annotateWords(request, slug, "p3", PLEDGE, { kind: "commitment", attributes: { strength: "pledge" } });
  await annotateWords(request, slug, "p4", UNTOC, { kind: "cross-reference", attributes: { target: "UNTOC", relation: "reaffirms" } });
  await reviewAnnotation(request, welcome, "accepted");

  const res = await request.post("/api/statements", {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: {
      title: QUOTED_TITLE,
      delegation: "Tessaly",
      forum: "UN Security Council open debate",
      date: "2024-06-01",
      sourceUrl: LONG_SOURCE,
      format: "text",
      content: `Mr. President,\n\n${OWN_MARKS} These were the words of the Secretary-General.\n\nThank you.`,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  quotedSlug = (await res.json()).statement.slug as string;
  const quote = await annotateWords(request, quotedSlug, "p2", OWN_MARKS, { kind: "position", attributes: { stance: "concerned" } });
  await reviewAnnotation(request, quote, "accepted");
});

const dialogOf = (page: Page) => page.getByRole("dialog", { name: "Export annotations" });
const countOf = (dialog: Locator) => dialog.locator(".export-count[role=status]");
const allStatuses = (dialog: Locator) => dialog.getByRole("switch", { name: "Include unreviewed, rejected and disputed" });

async function download(page: Page, dialog: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download" }).click()]);
  await expect(dialog.getByText(`Saved ${file.suggestedFilename()}`)).toBeVisible();
  return { file, bytes: await readFile(await file.path()) };
}

test("from the library: filters, counts, previews, and downloads a Word brief and a CSV", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Export annotations" }).click();
  const dialog = dialogOf(page);
  await expect(allStatuses(dialog)).not.toBeChecked();
  await dialog.getByLabel("Find statements").fill(TITLE);
  await dialog.getByRole("checkbox", { name: new RegExp(TITLE) }).check();
  await expect(dialog.getByRole("list", { name: "Chosen statements" })).toContainText(TITLE);

  await expect(countOf(dialog)).toHaveText("1 annotation from 1 statement");
  const preview = dialog.getByRole("region", { name: "Preview" });
  await expect(preview.locator("blockquote")).toHaveText([`“${WELCOME}”`]);
  await expect(preview).toContainText(`¶2 (${slug}#p2)`);

  await allStatuses(dialog).check();
  await expect(countOf(dialog)).toHaveText("3 annotations from 1 statement");
  await expect(preview.locator("blockquote")).toHaveCount(3);
  if (process.env.SCREENSHOTS) await dialog.screenshot({ path: SCREENSHOT, animations: "disabled" });

  await dialog.getByRole("checkbox", { name: "Commitment", exact: true }).check();
  await expect(countOf(dialog)).toHaveText("1 annotation from 1 statement");
  await expect(preview.locator("blockquote")).toHaveText([`“${PLEDGE}”`]);
  await expect(preview).toContainText("Commitment · Pledge · Proposed");

  const docx = await download(page, dialog);
  expect(docx.file.suggestedFilename()).toMatch(/\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const documentXml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")?.async("string");
  const briefText = (documentXml ?? "").replace(/<[^>]+>/g, "");
  expect(briefText).toContain(PLEDGE);
  expect(briefText).not.toContain(WELCOME);

  await dialog.getByRole("checkbox", { name: "Commitment", exact: true }).uncheck();
  await dialog.getByRole("radio", { name: "CSV" }).check();
  await expect(dialog.getByRole("checkbox", { name: "Excel-compatible (UTF-8 BOM)" })).toBeChecked();
  const csv = await download(page, dialog);
  expect(csv.file.suggestedFilename()).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(csv.bytes, { bom: true }) as string[][];
  expect(header).toEqual(expect.arrayContaining(["statement_slug", "kind", "quote_exact", "status", "reference", "citation"]));
  const records = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])));
  expect(records.map((r) => [r.statement_slug, r.kind, r.quote_exact, r.status])).toEqual([
    [slug, "position", WELCOME, "accepted"],
    [slug, "commitment", PLEDGE, "proposed"],
    [slug, "cross-reference", UNTOC, "proposed"],
  ]);
  expect(records.find((r) => r.kind === "cross-reference")).toMatchObject({
    target: "UNTOC",
    relation: "reaffirms",
    reference: `${slug}#p4`,
  });
});

test("from the reader: the statement comes preselected, and Escape closes the dialog", async ({ page }) => {
  await page.goto(`/s/${slug}`);
  const open = page.getByRole("button", { name: "Export annotations" });
  await open.click();
  const dialog = dialogOf(page);
  await expect(dialog.getByRole("list", { name: "Chosen statements" })).toContainText(TITLE);
  await expect(countOf(dialog)).toHaveText("1 annotation from 1 statement");
  await expect(dialog.getByRole("region", { name: "Preview" }).locator("blockquote")).toHaveText([`“${WELCOME}”`]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test("a compact Word brief with short citations, its quotes' own marks not doubled", async ({ page }) => {
  await page.goto(`/s/${quotedSlug}`);
  await page.getByRole("button", { name: "Export annotations" }).click();
  const dialog = dialogOf(page);
  const preview = dialog.getByRole("region", { name: "Preview" });
  await expect(preview.locator("blockquote")).toHaveText([OWN_MARKS]);
  await expect(preview).toContainText(`Tessaly, UN Security Council open debate, 1 June 2024, ¶2 (${quotedSlug}#p2)`);

  await expect(dialog.getByRole("radio", { name: "Full" })).toBeChecked();
  await dialog.getByRole("radio", { name: "Short" }).check();
  await expect(preview.locator(".export-citation")).toHaveText(["Tessaly, UN Security Council open debate, 1 Jun 2024, ¶2"]);
  await expect(dialog.getByRole("radio", { name: "Standard" })).toBeChecked();
  await dialog.getByRole("radio", { name: "Compact" }).check();
  await expect(dialog.getByText("The filters on one line under the title")).toBeVisible();

  const docx = await download(page, dialog);
  const xml = (await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")?.async("string")) ?? "";
  const text = xml.replace(/<[^>]+>/g, "");
  expect(text).toContain(`${OWN_MARKS} — Tessaly, UN Security Council open debate, 1 Jun 2024, ¶2`);
  expect(text).not.toContain("““");
  expect(text).toContain("1 excerpt from 1 statement · Filters: Statements: Quoted brief statement; Review status: accepted");
  expect(xml).not.toContain("w:pageBreakBefore");
});

test("the HTML brief wraps a long source URL within its text column", async ({ page, request }) => {
  const res = await request.get(`/api/exports?format=html&statement=${quotedSlug}`);
  expect(res.status()).toBe(200);
  await page.setViewportSize({ width: 800, height: 900 });
  await page.setContent(await res.text());
  const source = page.locator("a.source");
  await expect(source).toHaveText(LONG_SOURCE);
  const column = await page.locator("main").boundingBox();
  const link = await source.boundingBox();
  expect(link!.x + link!.width).toBeLessThanOrEqual(column!.x + column!.width + 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
});
