import { expect, test } from "@playwright/test";
import { importForTest } from "./support/statements.ts";

test("a deep link /s/:slug#p7 scrolls to the paragraph and marks it", async ({ page, request }) => {
  const long = Array.from({ length: 40 }, (_, i) => `${i + 1}. Paragraph number ${i + 1} of a long statement on cooperation.`).join("\n\n");
  const slug = await importForTest(request, "Long statement", "Ruritania", long);
  await page.goto(`/s/${slug}#p30`);
  const target = page.locator('[data-paragraph-id="p30"]');
  await expect(target).toBeInViewport();
  await expect(target).toHaveText("30. Paragraph number 30 of a long statement on cooperation.");
  await expect(page.locator('[data-paragraph-id="p1"]')).not.toBeInViewport();
  await expect(page.locator("#p30")).toHaveAttribute("data-paragraph-id", "p30");
  expect(await page.locator("[data-paragraph-id]").count()).toBe(40);
});
