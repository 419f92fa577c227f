import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { annotateWords, reviewAnnotation } from "./support/annotations.ts";
import { importForTest } from "./support/statements.ts";

const TITLE = "Export brief statement";
const WELCOME = "We welcome the report of the Secretary-General";
const PLEDGE = "will contribute two million euros";
const UNTOC = "United Nations Convention against Transnational Organized Crime";
// `SCREENSHOTS=1 npm run test:e2e -- export.spec.ts` refreshes the dialog's picture in the docs.
const SCREENSHOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots", "export-dialog.png");

let slug: string;
test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, TITLE, "Sylvania");
  const welcome = await annotateWords(request, slug, "p2", WELCOME, { kind: "position", attributes: { stance: "welcomes" } });
  await annotateWords(request, slug, "p3", PLEDGE, { kind: "commitment", attributes: { strength: "pledge" } });
  await annotateWords(request, slug, "p4", UNTOC, { kind: "cross-reference", attributes: { target: "UNTOC", relation: "reaffirms" } });
  await reviewAnnotation(request, welcome, "accepted");
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
  await expect(preview.locator("blockquote")).toHaveText([WELCOME]);
  await expect(preview).toContainText(`¶2 (${slug}#p2)`);

  await allStatuses(dialog).check();
  await expect(countOf(dialog)).toHaveText("3 annotations from 1 statement");
  await expect(preview.locator("blockquote")).toHaveCount(3);
  if (process.env.SCREENSHOTS) await dialog.screenshot({ path: SCREENSHOT, animations: "disabled" });

  await dialog.getByRole("checkbox", { name: "Commitment", exact: true }).check();
  await expect(countOf(dialog)).toHaveText("1 annotation from 1 statement");
  await expect(preview.locator("blockquote")).toHaveText([PLEDGE]);
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
  await expect(dialog.getByRole("region", { name: "Preview" }).locator("blockquote")).toHaveText([WELCOME]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
