import { expect, test } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { importForTest } from "./support/statements.ts";

// The links between statements (issue 16, item 5): an instrument's page lists who cites it, and leads to the citing
// paragraph; a statement that others cite says so in its reader.
const CONVENTION = "United Nations Convention against Transnational Organized Crime";

let citing: string;
let cited: string;
test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  cited = await importForTest(request, "Instrument page, cited statement", "Valdoria");
  citing = await importForTest(request, "Instrument page, citing statement", "Norland");
  await annotateWords(request, citing, "p4", CONVENTION, {
    kind: "cross-reference",
    attributes: { target: "UNTOC", relation: "reaffirms" },
  });
  await annotateWords(request, citing, "p2", "We welcome the report", {
    kind: "cross-reference",
    attributes: { target: `${cited}#p3`, relation: "responds-to" },
  });
});

test("an instrument's page lists who cites it and leads to the citing paragraph", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/instruments/UNTOC");
  await expect(page.getByRole("heading", { level: 1, name: CONVENTION })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Norland" });
  await expect(row).toContainText("Reaffirms");
  await expect(row).toContainText(CONVENTION);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/instrument-page.png" });

  await row.getByRole("link", { name: /^Norland, UN Security Council open debate, 1 June 2024, ¶\d+$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${citing}#p4$`));
  await expect(page.getByRole("heading", { level: 1, name: "Instrument page, citing statement" })).toBeVisible();
});

test("a UN symbol cited by no one still has a page, which links to the document", async ({ page }) => {
  await page.goto("/instruments/A/RES/78/265");
  await expect(page.getByRole("heading", { level: 1, name: "A/RES/78/265" })).toBeVisible();
  await expect(page.getByText("No annotation cites it yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "A/RES/78/265" })).toHaveAttribute("href", "https://undocs.org/A/RES/78/265");
});

test("a cited statement's reader lists who cites its paragraphs, and the citing panel names the paragraph it cites", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/s/${cited}`);
  const section = page.getByRole("group").filter({ hasText: "Cited by other statements" });
  await section.getByText("Cited by other statements").click();
  const citingLink = section.getByRole("link", { name: /^Norland, UN Security Council open debate, 1 June 2024, ¶\d+$/ });
  await expect(section.getByRole("link", { name: /^¶\d+$/ })).toBeVisible();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/cited-by.png" });
  await citingLink.click();
  await expect(page).toHaveURL(new RegExp(`/s/${citing}#p2$`));
  // In the citing statement, the cross-reference's target reads as a citation, linked to the paragraph it names.
  await expect(page.getByRole("link", { name: /^Valdoria, UN Security Council open debate, 1 June 2024, ¶\d+$/ }).first()).toHaveAttribute(
    "href",
    `/s/${cited}#p3`,
  );
});

test("an instrument's page lists the mentions nobody has tagged; one opens the reader on its words, and A accepts it", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const mentioning = await importForTest(
    request,
    "Instrument page, untagged mention",
    "Estoria",
    "Mr. President,\n\nWe recall General Assembly resolution 77/301 and its call for action.\n\nWe thank the Chair.",
  );
  await page.goto("/instruments/A/RES/77/301");
  const mentions = page.getByRole("region", { name: "Mentions not tagged yet" });
  // The statements not read yet are read first (a job, its progress shown), then the mention is listed.
  const row = mentions.getByRole("row").filter({ hasText: "Estoria" });
  await expect(row).toContainText("General Assembly resolution 77/301");
  await expect(mentions).toContainText("One mention in one statement that no annotation tags yet");
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/instrument-mentions.png" });

  await row.getByRole("link", { name: /^Estoria, UN Security Council open debate, 1 June 2024, ¶2$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${mentioning}\\?suggestion=[^#]+#p2$`));
  const current = page.getByRole("article", { name: "Current suggestion" });
  await expect(current).toContainText("General Assembly resolution 77/301");
  await page.locator(".ProseMirror").focus();
  await page.keyboard.press("a");
  // Accepted: a proposed cross-reference to the symbol, made by the one key.
  const references = async () => (await (await request.get("/api/instruments/A%2FRES%2F77%2F301/references")).json()).items.length;
  await expect.poll(references).toBe(1);

  await page.goBack();
  await expect(page.getByRole("row").filter({ hasText: "Estoria" }).first()).toContainText("Cites");
  await expect(mentions).toContainText("No untagged mention");
});
