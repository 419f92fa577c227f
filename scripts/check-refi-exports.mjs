// CI step: checks the REFI-QDA files the tests kept in VERBATIM_REFI_EXPORTS_DIR (`.ci/run` sets it for `npm test`;
// see packages/core/src/export/refi-qda/test-support/keep-refi-export.ts) with ../shared's checker, which validates
// them against the published REFI-QDA 1.5 schemas with xmllint and checks each selection against its source text.
// Fails when the directory holds no file, lacks one the core tests always keep, or any file fails.
// Usage: node scripts/check-refi-exports.mjs [../shared]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** What the core tests keep on every run (refi-conformance.test.ts); the API's tests may add more. */
const REQUIRED = ["core-codebook.qdc", "core-project.qdpx"];

const shared = path.resolve(process.argv[2] ?? "../shared");
const checker = path.join(shared, "conformance/refi-qda/check-refi-qda.mjs");
const dir = process.env.VERBATIM_REFI_EXPORTS_DIR;
if (!dir) {
  console.error("check-refi-exports: VERBATIM_REFI_EXPORTS_DIR is not set, so the tests kept no REFI-QDA files");
  process.exit(1);
}
if (!existsSync(checker)) {
  console.error(`check-refi-exports: no checker at ${checker}`);
  process.exit(1);
}
const kept = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => /\.(qdc|qdpx|qde)$/.test(f))
      .sort()
  : [];
const missing = REQUIRED.filter((f) => !kept.includes(f));
if (kept.length === 0 || missing.length > 0) {
  console.error(`check-refi-exports: the tests kept ${kept.length} REFI-QDA file(s) in ${dir}; missing: ${missing.join(", ") || "none"}`);
  process.exit(1);
}
const run = spawnSync(process.execPath, [checker, ...kept.map((f) => path.join(dir, f))], { stdio: "inherit" });
process.exit(run.status ?? 1);
