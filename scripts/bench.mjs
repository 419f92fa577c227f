// `npm run bench`: the performance figures the issues ask for, measured on the real app in Chromium.
import { buildWebIfStale } from "./build-web.mjs";
import { mustRun } from "./lib.mjs";

const only = process.argv[2];
await mustRun(process.execPath, ["scripts/ensure-chromium.mjs"]);
await buildWebIfStale();
for (const bench of ["reader-paint", "tag-round-trip"]) {
  if (only && only !== bench) continue;
  console.log(`\n=== ${bench} ===`);
  await mustRun(process.execPath, ["--import", "tsx", `bench/${bench}.bench.ts`], { env: { LOG_LEVEL: "error" } });
}
