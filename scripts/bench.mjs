// `npm run bench [-- NAME]`: the performance figures the issues ask for, measured on the real app.
import { buildWebIfStale } from "./build-web.mjs";
import { mustRun } from "./lib.mjs";

const only = process.argv[2];
/** Benchmarks that drive the built web app in Chromium. */
const inBrowser = ["reader-paint", "tag-round-trip"];
/** Benchmarks that measure the API alone, or core alone. */
const apiOnly = [
  "export",
  "live-events",
  "writes",
  "load",
  "revisions-align",
  "revisions",
  "import-corpus",
  "import",
  "codebook",
  "suggestions",
  "corpus",
];
const benches = [...inBrowser, ...apiOnly].filter((bench) => !only || only === bench);
if (benches.length === 0) {
  console.error(`no benchmark named ${only}; there are ${[...inBrowser, ...apiOnly].join(", ")}`);
  process.exit(2);
}
if (benches.some((bench) => inBrowser.includes(bench))) {
  await mustRun(process.execPath, ["scripts/ensure-chromium.mjs"]);
  await buildWebIfStale();
}
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  await mustRun(process.execPath, ["--import", "tsx", `bench/${bench}.bench.ts`], { env: { LOG_LEVEL: "error" } });
}
