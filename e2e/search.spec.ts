import { expect, test } from "@playwright/test";
import { annotateWords } from "./support/annotations.ts";
import { expectHeaderOnOneRow, expectNoSideScroll } from "./support/layout.ts";
import { importForTest } from "./support/statements.ts";

// Search everywhere (issue 17, part 1): from the banner's box, narrowed by two facets, to the paragraph in the reader.
// A made-up word, so that only these statements' paragraphs match it.
const WORD = "quorvexian";

const speech = (urged: string) =>
  [
    "Mr. President,",
    "",
    `We welcome the ${WORD} report of the Secretary-General.`,
    "",
    "Our Government will contribute to the trust fund.",
    "",
    `We urge every State to ${urged} the ${WORD} convention without delay.`,
    "",
    "Thank you, Mr. President.",
  ].join("\n");

let norland: string;
test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ request }) => {
  norland = await importForTest(request, "Search everywhere, Norland", "Norland", speech("ratify"));
  await importForTest(request, "Search everywhere, Valdoria", "Valdoria", speech("sign"));
  await annotateWords(request, norland, "p4", "We urge every State", { kind: "position", attributes: { stance: "urges" } });
});

test("search from the banner, narrow by two facets, open a result in the reader", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Statements" })).toBeVisible();

  // / takes the focus to the banner's box from the page; Enter opens the search page on the words.
  await page.keyboard.press("/");
  const box = page.getByRole("search", { name: "Everywhere" }).getByRole("searchbox", { name: "Search everything" });
  await expect(box).toBeFocused();
  await page.keyboard.type(WORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${WORD}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue(WORD);

  const results = page.getByRole("list", { name: "Results" });
  await expect(page.getByRole("heading", { name: "4 paragraphs" })).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText(new RegExp(WORD, "i"));

  // Two facets: each narrows, and the URL keeps both, so the search can be shared.
  await page
    .getByRole("group", { name: "Delegation" })
    .getByRole("checkbox", { name: /Norland/ })
    .check();
  await expect(page).toHaveURL(/[?&]delegation=/);
  await expect(page.getByRole("heading", { name: "2 paragraphs" })).toBeVisible();
  await page
    .getByRole("group", { name: "Kind" })
    .getByRole("checkbox", { name: /Position/ })
    .check();
  await expect(page).toHaveURL(/[?&]delegation=.*&kind=position/);
  await expect(page.getByRole("heading", { name: "1 paragraph" })).toBeVisible();
  const result = results.getByRole("listitem").first();
  await expect(result).toContainText("Position · Urges");
  await expect(result).toContainText("Norland");

  await expectNoSideScroll(page, "search page");
  await expectHeaderOnOneRow(page, "search page");
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/search-1024.png", animations: "disabled" });

  // The same search as annotations: the annotation with its paragraph as context.
  await page.getByRole("radio", { name: "Annotations" }).check();
  await expect(page).toHaveURL(/[?&]type=annotations/);
  await expect(page.getByRole("heading", { name: "1 annotation" })).toBeVisible();
  await expect(results.getByRole("listitem").first()).toContainText("We urge every State");
  if (process.env.SCREENSHOTS) await page.screenshot({ path: "/tmp/search-annotations-1024.png", animations: "disabled" });
  await page.goBack();
  await expect(page.getByRole("heading", { name: "1 paragraph" })).toBeVisible();

  // A bookmarked search opens as it was.
  await page.reload();
  await expect(page.getByRole("heading", { name: "1 paragraph" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Delegation" }).getByRole("checkbox", { name: /Norland/ })).toBeChecked();

  await results.getByRole("link", { name: "Search everywhere, Norland ¶4" }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${norland}#p4$`));
  await expect(page.getByRole("heading", { level: 1, name: "Search everywhere, Norland" })).toBeVisible();
});

test("a refused query is said beside the box", async ({ page }) => {
  await page.goto(`/search?q=${"x".repeat(501)}`);
  await expect(page.getByRole("search", { name: "Search the corpus" }).getByRole("alert")).toHaveText(
    "A search takes up to 500 characters; this one has 501. Shorten it.",
  );
});
