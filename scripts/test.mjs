// `npm test`: every check, in the order that fails fastest, then one closing line "N passed, N failed".
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApiIfStale } from "./build-api.mjs";
import { buildWebIfStale } from "./build-web.mjs";
import { root, run } from "./lib.mjs";

const out = mkdtempSync(path.join(os.tmpdir(), "verbatim-test-report-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const timings = [];
const started = performance.now();
const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs one step with its output shown, recording its time and whether it failed.
 * @param {string} name
 * @param {string} cmd
 * @param {readonly string[]} args
 * @param {import("node:child_process").SpawnOptions} [opts]
 */
async function step(name, cmd, args, opts) {
  console.log(`\n=== ${name} ===`);
  const t0 = performance.now();
  const code = await run(cmd, args, opts);
  const took = performance.now() - t0;
  timings.push({ name, took });
  console.log(`=== ${name}: ${code === 0 ? "ok" : `failed (exit ${code})`} in ${seconds(took)} ===`);
  if (code !== 0) failures.push(name);
  return code;
}

const bin = (/** @type {string} */ name) => path.join(root, "node_modules/.bin", name);
/** @type {(file: string) => unknown} */
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

await step("lint", bin("eslint"), ["."]);
await step("format", bin("prettier"), ["--check", "--log-level", "warn", "."]);
await step("typecheck", process.execPath, ["scripts/typecheck.mjs"]);

const vitestJson = path.join(out, "vitest.json");
await step("unit and API tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
const v = /** @type {{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null} */ (
  readJson(vitestJson)
);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + v.numTodoTests;
} else failures.push("vitest report missing");

if ((await step("Chromium for browser tests", process.execPath, ["scripts/ensure-chromium.mjs"])) === 0) {
  const t0 = performance.now();
  await buildWebIfStale();
  await buildApiIfStale();
  timings.push({ name: "build web and API bundles (when stale)", took: performance.now() - t0 });
  const pwJson = path.join(out, "playwright.json");
  await step(
    "end-to-end tests (Playwright, Chromium)",
    bin("playwright"),
    ["test", "-c", "e2e/playwright.config.ts", "--reporter=list,json"],
    {
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
    },
  );
  const p = /** @type {{ stats: { expected: number; flaky: number; unexpected: number; skipped: number } } | null} */ (readJson(pwJson));
  if (p) {
    totals.passed += p.stats.expected + p.stats.flaky;
    totals.failed += p.stats.unexpected;
    totals.skipped += p.stats.skipped;
  } else failures.push("playwright report missing");
}

console.log("\nStep times:");
for (const t of timings) console.log(`  ${t.name.padEnd(44)} ${seconds(t.took).padStart(8)}`);
console.log(`  ${"total".padEnd(44)} ${seconds(performance.now() - started).padStart(8)}`);
console.log("");
if (failures.length > 0) console.log(`Failed steps: ${failures.join("; ")}`);
if (totals.passed + totals.failed === 0) failures.push("no tests ran");
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failures.length === 0 && totals.failed === 0 ? 0 : 1);
