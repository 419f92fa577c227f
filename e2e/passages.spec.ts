import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { expectHeaderOnOneRow, expectNoSideScroll } from "./support/layout.ts";
import { importForTest } from "./support/statements.ts";

// Retrieved passages (issue 17, part 2): every annotation of the filters across statements, grouped, with a jump to
// the reader, and exported with the same filters. Delegations of their own, so only these statements' annotations
// count.
const ZELAND = "Zeland";
const ORVANIA = "Orvania";

const speech = (verb: string) =>
  [
    "Mr. President,",
    "",
    `We ${verb} the efforts against transnational organized crime.`,
    "",
    "Our Government will contribute to the trust fund for victims.",
    "",
    "Thank you, Mr. President.",
  ].join("\n");

let zeland: string;
test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  zeland = await importForTest(request, "Passages, Zeland", ZELAND, speech("welcome"));
  const orvania = await importForTest(request, "Passages, Orvania", ORVANIA, speech("question"));
  await annotateWords(request, zeland, "p2", "We welcome the efforts", {
    kind: "position",
    attributes: { stance: "welcomes", topics: ["Organized crime"] },
  });
  await annotateWords(request, zeland, "p3", "will contribute to the trust fund", {
    kind: "commitment",
    attributes: { strength: "pledge" },
  });
  await annotateWords(request, orvania, "p2", "We question the efforts", {
    kind: "position",
    attributes: { stance: "opposes", topics: ["Organized crime"] },
  });
});

test("passages of two delegations, grouped, exported with the same filters, and opened in the reader", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/passages?delegation=${ZELAND}&delegation=${ORVANIA}`);
  await expect(page.getByRole("heading", { level: 1, name: "Passages" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "3 annotations in 2 groups (topic)" })).toBeVisible();
  const crime = page.getByRole("region", { name: "Organized crime" });
  await expect(crime.getByRole("heading")).toHaveText("Organized crime (2)");
  // The same date: by slug (Orvania before Zeland).
  await expect(crime.locator("mark")).toHaveText(["We question the efforts", "We welcome the efforts"]);
  await expect(page.getByRole("region", { name: "No topic" })).toContainText("will contribute to the trust fund");
  await expectNoSideScroll(page, "passages page");
  await expectHeaderOnOneRow(page, "passages page");
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/passages-1024.png", animations: "disabled", fullPage: true });

  // By stance: a group per stance, the commitment (which has none) last.
  await page.getByRole("radio", { name: "Stance" }).check();
  await expect(page).toHaveURL(/[?&]group=stance/);
  await expect(page.getByRole("region", { name: "No stance" })).toContainText("will contribute");

  // The same filters export: a CSV of the three annotations.
  await page.getByLabel("Export as").selectOption("csv");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export 3 annotations" }).click();
  const download = await downloading;
  const csv = await readFile((await download.path()) ?? "", "utf8");
  for (const words of ["We welcome the efforts", "We question the efforts", "will contribute to the trust fund"])
    expect(csv).toContain(words);
  await expect(page.getByRole("status").filter({ hasText: /Saved .*\(3 annotations\)/ })).toBeVisible();

  // A filter removed widens; a passage opens the reader on its paragraph.
  await page.getByRole("button", { name: `Remove Delegation: ${ORVANIA}` }).click();
  await expect(page.getByRole("heading", { name: "2 annotations in 2 groups (stance)" })).toBeVisible();
  await page
    .getByRole("link", { name: /^Passages, Zeland/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/s/${zeland}#p2$`));
  await expect(page.getByRole("heading", { level: 1, name: "Passages, Zeland" })).toBeVisible();
});
