import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { annotateWords } from "./support/annotations.ts";
import { importForTest } from "./support/statements.ts";

const TITLE = "REFI-QDA export statement";
const WELCOME = "We welcome the report of the Secretary-General";

let slug: string;
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, TITLE, "Ruritania");
  await annotateWords(request, slug, "p2", WELCOME, {
    kind: "position",
    attributes: { stance: "welcomes", topics: ["peacebuilding"] },
    labels: ["key quote"],
  });
});

test("exports a REFI-QDA project from the export dialog: a .qdpx holding project.qde and the statement's text", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Export annotations" }).click();
  const dialog = page.getByRole("dialog", { name: "Export annotations" });
  await dialog.getByLabel("Find statements").fill(TITLE);
  await dialog.getByRole("checkbox", { name: new RegExp(TITLE) }).check();
  await dialog.getByRole("switch", { name: "Include unreviewed, rejected and disputed" }).check();
  await expect(dialog.locator(".export-count[role=status]")).toHaveText("1 annotation from 1 statement");
  await dialog.getByRole("radio", { name: "REFI-QDA project (.qdpx)" }).check();
  await expect(dialog.getByText(/REFI-QDA has no place for review states/)).toBeVisible();

  const day = () => new Date().toISOString().slice(0, 10);
  const sentOn = day();
  const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download" }).click()]);
  // Named for the day it was made: the day it was asked for, or the next if midnight (UTC) came between.
  expect([sentOn, day()].map((d) => `verbatim-${slug}-${d}.qdpx`)).toContain(file.suggestedFilename());
  await expect(dialog.getByText(`Saved ${file.suggestedFilename()}`)).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const qde = (await zip.file("project.qde")?.async("string")) ?? "";
  expect(qde).toContain('<Project xmlns="urn:QDA-XML:project:1.0"');
  expect(qde).toContain(`name="${TITLE}"`);
  // The selection is coded with its kind › value, its topic and its label.
  for (const code of ["welcomes", "peacebuilding", "key quote"]) expect(qde).toContain(`name="${code}"`);
  const sources = Object.keys(zip.files).filter((name) => /^sources\/[0-9a-f-]+\.txt$/.test(name));
  expect(sources).toHaveLength(1);
  expect(await zip.file(sources[0]!)!.async("string")).toContain(WELCOME);
});
