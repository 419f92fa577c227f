// Tag round trip: from the save key press (Enter in the tagging form) to the new highlight painted,
// over 50 tags made as a person makes them (select, press 1, pick a stance, Enter). Goal: p95 ≤ 150 ms.
import { mkdirSync, writeFileSync } from "node:fs";
import { startBenchApp } from "./support/bench-app.ts";
import { launchChromium } from "./support/browser.ts";
import { median, ms, quantile } from "./support/stats.ts";
import { syntheticStatement } from "./support/synthetic-statement.ts";

const TAGS = Number(process.env.BENCH_TAGS ?? 50);
type Win = { rt: number[]; rtStart: number; lastCount: number };

const app = await startBenchApp();
try {
  type Created = { statement: { slug: string; paragraphs: { id: string; kind: string; text: string }[] } };
  const { statement } = await app.api<Created>("POST", "/api/statements", {
    title: "Bench: tagging",
    format: "text",
    content: syntheticStatement(6_000),
  });
  const paragraphs = statement.paragraphs.filter((p) => p.kind === "paragraph" && p.text.length > 80);

  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addCookies(app.cookies.map((c) => ({ ...c, url: app.url })));
  const page = await context.newPage();
  await page.goto(`${app.url}/s/${statement.slug}`);
  await page.waitForSelector('[data-highlights-painted="0"]');
  await page.evaluate(() => {
    const w = window as unknown as Win;
    w.rt = [];
    w.rtStart = 0;
    w.lastCount = 0;
    document.addEventListener("keydown", (e) => e.key === "Enter" && (w.rtStart = performance.now()), true);
    const host = document.querySelector("[data-highlights-painted]")!;
    new MutationObserver(() => {
      const n = Number(host.getAttribute("data-highlights-painted"));
      if (!w.rtStart || n <= w.lastCount) return;
      const start = w.rtStart;
      w.rtStart = 0;
      w.lastCount = n;
      requestAnimationFrame(() => setTimeout(() => w.rt.push(performance.now() - start)));
    }).observe(host, { attributes: true, attributeFilter: ["data-highlights-painted"] });
  });

  for (let i = 0; i < TAGS; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    await page.locator(`[data-paragraph-id="${p.id}"]`).scrollIntoViewIfNeeded();
    await page.evaluate(
      ({ id, from, to }) => {
        const el = document.querySelector(`[data-paragraph-id="${id}"]`)!;
        (el.closest("[contenteditable]") as HTMLElement).focus();
        const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!;
        window.getSelection()!.setBaseAndExtent(text, from, text, to);
      },
      { id: p.id, from: 4 + (i % 20), to: 40 + (i % 30) },
    );
    await page.getByRole("toolbar", { name: "Tag selection" }).waitFor();
    await page.keyboard.press("1");
    const stance = page.getByRole("dialog", { name: "Tag as position" }).getByLabel("Stance");
    await stance.selectOption("welcomes");
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/annotations"));
    await stance.press("Enter");
    await page.waitForFunction((n) => (window as unknown as Win).rt.length >= n, i + 1);
    await saved;
  }
  const rt = await page.evaluate(() => (window as unknown as Win).rt);
  await browser.close();

  const p50 = median(rt);
  const p95 = quantile(rt, 0.95);
  console.log(`tag round trip over ${rt.length} tags (Enter → highlight painted):`);
  console.log(`  median ${ms(p50)}, p95 ${ms(p95)}, max ${ms(Math.max(...rt))} (goal p95 ≤ 150 ms) ${p95 <= 150 ? "MET" : "NOT MET"}`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/tag-round-trip.json", JSON.stringify({ tags: rt.length, p50, p95, times: rt }, null, 2));
} finally {
  await app.stop();
}
