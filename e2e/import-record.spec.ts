import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shot = (name: string) => path.join(root, "docs", "screenshots", name);
const fixtures = path.join(root, "fixtures", "import");
/** The Security Council record S/PV.9500 (fixtures/import), or any other PDF record there. */
const RECORD = existsSync(path.join(fixtures, "record-s-pv-9500.pdf"))
  ? path.join(fixtures, "record-s-pv-9500.pdf")
  : path.join(
      fixtures,
      readdirSync(fixtures).find((name) => name.endsWith(".pdf"))!,
    );

const FORUM = "Security Council, 9500th meeting (open debate)";
/** Typed in the split table as analysts write it; the registry stores it under the UN's name. */
const DELEGATION = "People's Republic of China";
const REGISTERED = "China";

test("imports a PDF verbatim record split by speaker, with a header line fixed in the preview", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 860 });
  await page.goto("/");
  await page.getByRole("button", { name: "Import statement" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Import a statement" });
  await dialog.getByLabel("Upload files").setInputFiles(RECORD);

  // The server reads the PDF and finds the speakers' turns: the split is offered first.
  const split = dialog.getByRole("radio", { name: /^Split into \d+ statements by speaker$/ });
  await expect(split).toBeChecked({ timeout: 20_000 });
  const turns = Number(/(\d+)/.exec((await split.locator("xpath=..").textContent()) ?? "")?.[1]);
  expect(turns).toBeGreaterThan(5);

  // The whole record as one statement shows the editable preview: drop ¶1 by its key, and take it back.
  await dialog.getByRole("radio", { name: "Import the whole text as one statement" }).check();
  const preview = dialog.getByRole("region", { name: "Preview" });
  await expect(preview.getByText(/PDF · .*\.pdf · \d+ pages?/)).toBeVisible();
  const undo = preview.getByRole("button", { name: /^Undo/ });
  const first = preview.getByRole("textbox", { name: /^¶1\b/ });
  // A header line (the venue, the dateline) left as ¶1 is dropped by its key; Ctrl+Z takes it back, X drops it again.
  const headerLine = await first.inputValue();
  await first.press("x");
  await expect(undo).toHaveText("Undo (1)");
  await expect(undo).toBeEnabled();
  await expect(preview.getByText("Dropped by you: 1")).toBeVisible();
  await expect(first).not.toHaveValue(headerLine);
  await first.press("Control+z");
  await expect(undo).toHaveText("Undo");
  await expect(first).toHaveValue(headerLine);
  await expect(preview.getByText("Dropped by you: 1")).toBeHidden();
  await first.press("x");
  await expect(undo).toHaveText("Undo (1)");
  await expect(undo).toBeEnabled();
  await expect(preview.getByRole("alert")).toBeHidden();
  await preview.getByRole("button", { name: /^Change ¶1$/ }).click();
  await expect(preview.getByRole("menu")).toBeVisible();
  await dialog.screenshot({ path: shot("import-preview-edit.png") });
  await page.keyboard.press("Escape");
  await expect(preview.getByRole("menu")).toBeHidden();

  // Back to the split: fix the meeting's forum and a delegation, then import every turn.
  await split.check();
  await dialog.getByLabel("Forum").fill(FORUM);
  const zhang = dialog.getByRole("row").filter({ has: page.getByRole("checkbox", { name: /Zhang Jun/ }) });
  // A suggestion field (an input with the registry's list): a combobox.
  await zhang.getByRole("combobox", { name: /^Delegation of turn/ }).fill(DELEGATION);
  // At 1,024 px the table fits without sideways scrolling, as does the dialog.
  const overflow = await dialog.evaluate((el) =>
    [".modal-body", ".turns-scroll"].map((sel) => {
      const box = el.querySelector(sel)!;
      return box.scrollWidth - box.clientWidth;
    }),
  );
  expect(overflow).toEqual([0, 0]);
  expect((await dialog.boundingBox())!.x + (await dialog.boundingBox())!.width).toBeLessThanOrEqual(1024);
  await dialog.locator(".modal-body").evaluate((el) => el.scrollTo(0, 0));
  // The fixed row at the top of the table, under its header.
  await zhang.evaluate((row: HTMLTableRowElement) => {
    const scroller = row.closest(".turns-scroll")!;
    scroller.scrollTop = row.offsetTop - (row.closest("table")?.tHead?.offsetHeight ?? 0);
  });
  await dialog.screenshot({ path: shot("import-record-split.png") });
  await dialog.getByRole("button", { name: `Import ${turns} statements` }).click();

  const made = dialog.getByRole("region", { name: `${turns} statements imported` });
  await expect(made).toBeVisible({ timeout: 20_000 });
  // Stored under the registry's name.
  await expect(made.getByText(new RegExp(`Zhang Jun, ${REGISTERED}$`))).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();

  // The library lists them, the fixed delegation with them as the registry has it; the statement carries the meeting's forum.
  await expect(page.getByText(REGISTERED, { exact: true }).first()).toBeVisible();
  // Its title names the delegation as stored, not as it was typed.
  await page.getByRole("link", { name: new RegExp(`^${REGISTERED} at `) }).click();
  await expect(page.getByText(FORUM).first()).toBeVisible();
});
