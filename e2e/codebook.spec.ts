import { expect, test, type Page } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { selectWithKeyboard } from "./support/reader.ts";
import { csrfOf, importForTest } from "./support/statements.ts";

const TITLE = "Codebook statement";
const WELCOME = "We welcome the report of the Secretary-General";
const PLEDGE = "will contribute two million euros";
// Two spellings a team let drift apart (different words, so not one code by code_key), and a label to apply in bulk.
const KEEP = "online fraud";
const DRIFT = "internet fraud";
const BULK = "funding pledge";
const TOPIC = "cybercrime";
const TOPIC_DEFINITION = "Offences committed against or by means of computer systems";

let slug: string;
test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  slug = await importForTest(request, TITLE, "Sylvania");
  await annotateWords(request, slug, "p2", WELCOME, { kind: "position", attributes: { stance: "welcomes" }, labels: [KEEP] });
  await annotateWords(request, slug, "p3", PLEDGE, { kind: "commitment", attributes: { strength: "pledge" }, labels: [DRIFT] });
  const res = await request.post("/api/codebook/codes", {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: { type: "label", name: BULK, definition: "Money promised to a fund or programme" },
  });
  expect(res.status(), await res.text()).toBe(201);
  const topic = await request.post("/api/codebook/codes", {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: { type: "topic", name: TOPIC, definition: TOPIC_DEFINITION },
  });
  expect(topic.status(), await topic.text()).toBe(201);
});

const labelsTree = (page: Page) => page.getByRole("tree", { name: "Labels" });
const codeItem = (page: Page, name: string) => labelsTree(page).getByRole("treeitem", { name: new RegExp(`^${name}`) });

test("merges one label into another from the codebook page, and the reader shows the merged name", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/codebook");
  await expect(page.getByRole("heading", { name: "Codebook", level: 1 })).toBeVisible();
  await page.keyboard.press("/");
  await expect(page.getByLabel("Filter codes")).toBeFocused();
  await page.keyboard.type("fraud");
  await expect(labelsTree(page).getByRole("treeitem")).toHaveCount(2);

  await codeItem(page, DRIFT).click();
  const details = page.getByRole("region", { name: DRIFT });
  await expect(details).toContainText("1 use");
  await expect(details.getByRole("link", { name: new RegExp(`${slug}#p3`) })).toBeVisible();
  if (process.env.SCREENSHOTS) {
    await codeItem(page, KEEP).press("ArrowRight");
    await page.screenshot({ path: "/tmp/codebook-page.png" });
    await details.getByRole("button", { name: "Edit" }).click();
    await page.screenshot({ path: "/tmp/codebook-edit.png" });
    await details.getByRole("button", { name: "Cancel" }).click();
  }

  await details.getByRole("button", { name: "Merge into…" }).click();
  await details.getByLabel(`Merge ‘${DRIFT}’ into`).fill("online");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").getByText(`Merged ‘${DRIFT}’ into ‘${KEEP}’ · 1 annotation`)).toBeVisible();
  await expect(labelsTree(page).getByRole("treeitem")).toHaveCount(1);
  await expect(codeItem(page, KEEP)).toContainText("2 uses");

  await page.goto(`/s/${slug}`);
  const labelLists = page.getByRole("list", { name: "Labels" });
  await expect(labelLists).toHaveCount(2);
  for (const list of await labelLists.all()) await expect(list).toHaveText(KEEP);
});

test("applies a label to a filtered set of annotations at once, with the live count", async ({ page }) => {
  await page.goto("/codebook");
  await page.getByRole("button", { name: "Apply to annotations…" }).click();
  const dialog = page.getByRole("dialog", { name: "Apply to annotations" });
  await dialog.getByLabel("Find statements").fill(TITLE);
  await dialog.getByRole("checkbox", { name: new RegExp(TITLE) }).check();
  const count = dialog.locator(".export-count[role=status]");
  await expect(count).toHaveText("2 annotations from 1 statement");
  await dialog.getByRole("checkbox", { name: "Commitment", exact: true }).check();
  await expect(count).toHaveText("1 annotation from 1 statement");
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/codebook-bulk.png" });

  await dialog.getByLabel("Add a code").fill("funding");
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("button", { name: `Do not add ${BULK}` })).toBeVisible();
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").getByText("Changed the codes · 1 annotation")).toBeVisible();
  await expect(codeItem(page, BULK)).toContainText("1 use");
});

test("the tagging form suggests codebook topics with their definitions, and the existing one for a near-duplicate", async ({ page }) => {
  await page.goto(`/s/${slug}`);
  await selectWithKeyboard(page, "p4", "We reaffirm our support");
  await page.keyboard.press("1");
  const form = page.getByRole("dialog", { name: "Tag as position" });
  await form.getByLabel("Stance").selectOption("reaffirms");
  const topics = form.getByRole("combobox", { name: "Topics" });
  await topics.fill("cyber");
  await expect(form.getByRole("option", { name: new RegExp(`${TOPIC}.*${TOPIC_DEFINITION}`) })).toBeVisible();
  await topics.fill("Cyber-Crime");
  await expect(form.getByRole("button", { name: `Use the existing topic ‘${TOPIC}’` })).toBeVisible();
  await topics.press("Enter");
  await expect(form.getByRole("button", { name: `Remove topic ${TOPIC}` })).toBeVisible();
  await topics.press("Control+Enter");
  await expect(form).toBeHidden();

  await page.goto("/codebook");
  await expect(page.getByRole("tree", { name: "Topics" }).getByRole("treeitem", { name: new RegExp(`^${TOPIC}`) })).toContainText("1 use");
});
