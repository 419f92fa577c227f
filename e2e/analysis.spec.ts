import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Download, type Page } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { expectHeaderOnOneRow, expectNoSideScroll } from "./support/layout.ts";
import { mainNavLink } from "./support/nav.ts";
import { csrfOf, TAGGING_TEXT } from "./support/statements.ts";

// Who said what (issue 17, items 3 and 4): the matrix of delegation × topic, a cell's passages, and a chart downloaded.
// A forum of its own, so that a filter on it keeps only these statements whatever the other specs left.
const FORUM = "Quorvex analysis forum";
const PIRACY = "Quorvexian piracy";
const CYBER = "Quorvexian cybercrime";

async function importIn(request: APIRequestContext, title: string, delegation: string, date: string): Promise<string> {
  const res = await request.post("/api/statements", {
    headers: { "x-csrf-token": await csrfOf(request) },
    data: { title, delegation, forum: FORUM, date, format: "text", content: TAGGING_TEXT },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).statement.slug as string;
}

test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  const zembla = await importIn(request, "Analysis, Zembla", "Zembla", "2024-03-15");
  const ruritania = await importIn(request, "Analysis, Ruritania", "Ruritania", "2025-01-20");
  const position = (stance: string, topics: string[]) => ({ kind: "position" as const, attributes: { stance, topics } });
  await annotateWords(request, zembla, "p2", "We welcome the report", { ...position("welcomes", [PIRACY]), labels: ["urgent", "ratify"] });
  await annotateWords(request, zembla, "p4", "We reaffirm our support", position("supports", [PIRACY, CYBER]));
  await annotateWords(request, zembla, "p5", "We remain concerned", { ...position("concerned", [CYBER]), labels: ["urgent"] });
  await annotateWords(request, zembla, "p3", "two million euros", {
    kind: "commitment",
    attributes: { strength: "pledge" },
  });
  await annotateWords(request, ruritania, "p4", "We reaffirm our support", {
    ...position("opposes", [PIRACY]),
    labels: ["urgent", "ratify"],
  });
  await annotateWords(request, ruritania, "p4", "United Nations Convention against Transnational Organized Crime", {
    kind: "cross-reference",
    attributes: { target: "UNTOC", relation: "reaffirms" },
  });
});

/** The file a download saved, as text. */
async function downloaded(download: Download): Promise<string> {
  const file = await download.path();
  expect(file).not.toBeNull();
  return readFile(file!, "utf8");
}

async function addFilter(page: Page, dimension: string, value: string | RegExp) {
  const form = page.getByRole("form", { name: "Add a filter" });
  await form.getByLabel("Filter by").selectOption({ label: dimension });
  const values = form.getByLabel("Value");
  const option = values.getByRole("option", { name: value });
  await expect(option).toHaveCount(1);
  await values.selectOption({ label: (await option.textContent()) ?? "" });
  await form.getByRole("button", { name: "Add filter" }).click();
}

test("a matrix of delegation × topic, a cell's passages, and its CSV", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto("/");
  await (await mainNavLink(page, "Analysis")).click();
  await expect(page.getByRole("heading", { level: 1, name: "Analysis" })).toBeVisible();

  await page.getByRole("button", { name: "Delegation × topic (stance mix)" }).click();
  await expect(page.getByLabel("Rows")).toHaveValue("delegation");
  await expect(page.getByLabel("Columns")).toHaveValue("topic");
  await addFilter(page, "Forum", new RegExp(FORUM));
  await expect(page).toHaveURL(/\/analysis\?rows=delegation&cols=topic&forum=Quorvex/);
  await expect(page.getByRole("list", { name: "Filters" }).getByRole("listitem")).toHaveText([`Forum: ${FORUM}×`]);

  // Four annotations have a delegation and a topic; Zembla's support counts under both of its topics, once in its total.
  const table = page.getByRole("table");
  await expect(page.getByRole("heading", { name: "4 annotations" })).toBeVisible();
  const zembla = table.getByRole("row", { name: /^Zembla/ });
  const piracy = zembla.getByRole("link", { name: /^2 annotations: (?=.*1 supports)(?=.*1 welcomes)/ });
  await expect(piracy).toBeVisible();
  await expect(zembla.getByRole("cell").last()).toHaveText("3");
  await expect(table.getByRole("row", { name: /^Ruritania/ }).getByRole("link")).toHaveAccessibleName("1 annotation: 1 opposes");
  await expectNoSideScroll(page, "matrix at 1,024 px");
  await expectHeaderOnOneRow(page, "matrix at 1,024 px");
  await page.screenshot({ path: "/tmp/analysis-matrix-1024.png", fullPage: true });

  // The matrix as CSV: a header row of the topics, a row per delegation.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = await downloaded(await csvDownload);
  expect(csv.split("\r\n")[0]).toMatch(/^Delegation \\ Topic,Quorvexian (piracy|cybercrime),Quorvexian (piracy|cybercrime),Total$/);
  expect(csv).toContain("Zembla,");

  // A cell opens its passages: the matrix's filter and the cell's delegation and topic.
  await piracy.click();
  await expect(page).toHaveURL(/\/passages\?/);
  const params = new URL(page.url()).searchParams;
  expect(params.getAll("delegation")).toEqual(["Zembla"]);
  expect(params.getAll("topic")).toEqual([PIRACY]);
  expect(params.getAll("forum")).toEqual([FORUM]);
  // The passages page lists the cell's annotations, each with its paragraph.
  await expect(page.getByRole("heading", { level: 1, name: "Passages" })).toBeVisible();
  await expect(page.getByText("We welcome the report").first()).toBeVisible();
  await expect(page.getByText("We reaffirm our support").first()).toBeVisible();
});

test("label × label co-occurrence opens the passages with both labels", async ({ page }) => {
  await page.goto(`/analysis?rows=label&cols=label&breakdown=kind&forum=${encodeURIComponent(FORUM)}`);
  await expect(page.getByRole("button", { name: "Label × label co-occurrence" })).toHaveAttribute("aria-pressed", "true");
  await page
    .getByRole("table")
    .getByRole("row", { name: /^urgent/ })
    .getByRole("link", { name: /^2 annotations/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/passages\?/);
  const params = new URL(page.url()).searchParams;
  expect(params.getAll("label").sort()).toEqual(["ratify", "urgent"]);
  expect(params.getAll("all")).toEqual(["label"]);
});

test("charts: stances by delegation on a topic, downloaded as SVG and as CSV, and shown as a table", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(`/analysis/charts?stanceTopic=${encodeURIComponent(PIRACY)}&forum=${encodeURIComponent(FORUM)}`);
  const chart = page.getByRole("figure", { name: `Stances by delegation on ${PIRACY}` });
  await expect(chart.getByRole("img", { name: `Stances by delegation on ${PIRACY}` })).toBeVisible();

  const svgDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Download SVG" }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const markup = await downloaded(svg);
  expect(markup.startsWith("<svg")).toBe(true);
  expect(markup).toContain("Zembla");

  const csvDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Download CSV" }).click();
  const csv = await downloaded(await csvDownload);
  expect(csv.split("\r\n")[0]).toBe("Delegation,Stance,Annotations");
  expect(csv).toContain("Ruritania,Opposes,1");

  const pngDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Download PNG" }).click();
  const png = await readFile((await (await pngDownload).path())!);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");

  await chart.getByRole("button", { name: "Table view" }).click();
  await expect(chart.getByRole("button", { name: "Table view" })).toHaveAttribute("aria-pressed", "true");
  await expect(chart.getByRole("table").getByRole("row", { name: /^Ruritania/ })).toContainText("1");

  // Over time and co-occurrence are drawn too, and the page fits the window.
  await expect(page.getByRole("figure", { name: "Commitments and references by month" }).getByRole("img")).toBeVisible();
  await expect(page.getByRole("figure", { name: "Labels used together" }).getByRole("img")).toBeVisible();
  await expectNoSideScroll(page, "charts at 1,024 px");
  await page.screenshot({ path: "/tmp/analysis-charts-1024.png", fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "/tmp/analysis-charts-1440.png", fullPage: true });
  await page.goto(`/analysis?forum=${encodeURIComponent(FORUM)}`);
  await expect(page.getByRole("table")).toBeVisible();
  await page.screenshot({ path: "/tmp/analysis-matrix-1440.png", fullPage: true });
});
