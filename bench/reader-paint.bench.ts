// Time from navigation to every highlight painted, for a 20,000-word statement with 5,000 annotations,
// as a ratio against the same statement with none, measured in the same run (issue 3's goal: ≤ 1.5×).
import { mkdirSync, writeFileSync } from "node:fs";
import { annotateMany } from "./support/annotate-many.ts";
import { startBenchApp } from "./support/bench-app.ts";
import { launchChromium } from "./support/browser.ts";
import { median, ms } from "./support/stats.ts";
import { syntheticStatement } from "./support/synthetic-statement.ts";

const WORDS = 20_000;
const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const app = await startBenchApp();
try {
  const content = syntheticStatement(WORDS);
  type Created = { statement: { slug: string; paragraphs: { id: string; kind: string; text: string }[] } };
  const plain = (await app.api<Created>("POST", "/api/statements", { title: "Bench: no annotations", format: "text", content })).statement;
  const tagged = (await app.api<Created>("POST", "/api/statements", { title: "Bench: annotated", format: "text", content })).statement;
  const t0 = performance.now();
  await annotateMany(app, tagged.slug, tagged.paragraphs, ANNOTATIONS);
  console.log(
    `set-up: ${tagged.paragraphs.length} blocks, ${ANNOTATIONS} annotations created through the API in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addCookies(app.cookies.map((c) => ({ ...c, url: app.url })));
  // Painted = the first frame after the reader marks its highlights as applied with the expected count.
  await context.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== "verbatim:highlights-painted") continue;
        const count = (entry as PerformanceMark).detail?.annotations as number;
        requestAnimationFrame(() =>
          setTimeout(() => (((window as unknown as { painted: Record<number, number> }).painted ??= {})[count] ??= performance.now())),
        );
      }
    }).observe({ entryTypes: ["mark"] });
  });
  const page = await context.newPage();
  async function load(slug: string, expected: number): Promise<number> {
    await page.goto(`${app.url}/s/${slug}`);
    const handle = await page.waitForFunction((n) => (window as unknown as { painted?: Record<number, number> }).painted?.[n], expected, {
      timeout: 120_000,
    });
    return (await handle.jsonValue()) as number;
  }
  await load(plain.slug, 0);
  await load(tagged.slug, ANNOTATIONS);
  const times = { none: [] as number[], annotated: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    times.none.push(await load(plain.slug, 0));
    times.annotated.push(await load(tagged.slug, ANNOTATIONS));
  }
  await browser.close();

  const none = median(times.none);
  const annotated = median(times.annotated);
  const ratio = annotated / none;
  console.log(`reader paint, ${WORDS} words, median of ${ROUNDS} loads each (navigation → highlights painted):`);
  console.log(`  no annotations:          ${ms(none)}   [${times.none.map((t) => t.toFixed(0)).join(", ")}]`);
  console.log(`  ${ANNOTATIONS} annotations:       ${ms(annotated)}   [${times.annotated.map((t) => t.toFixed(0)).join(", ")}]`);
  console.log(`  ratio: ${ratio.toFixed(2)}× (goal ≤ 1.5×) ${ratio <= 1.5 ? "MET" : "NOT MET"}`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(
    "bench-results/reader-paint.json",
    JSON.stringify({ words: WORDS, annotations: ANNOTATIONS, rounds: ROUNDS, times, none, annotated, ratio }, null, 2),
  );
} finally {
  await app.stop();
}
