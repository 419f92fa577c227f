// Builds the web bundle when its sources changed since the last build (a hash of their paths, sizes and times).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { mustRun, root } from "./lib.mjs";
import { sourceHash } from "./source-hash.mjs";

const inputs = [
  "apps/web/src",
  "apps/web/public",
  "apps/web/index.html",
  "apps/web/vite.config.ts",
  "packages/contract/src",
  "packages/core/src",
  "package-lock.json",
];
const stampFile = path.join(root, "apps/web/dist/.source-hash");

export async function buildWebIfStale({ force = false } = {}) {
  const hash = sourceHash(inputs);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return false;
  console.log("Building the web app…");
  await mustRun(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: path.join(root, "apps/web"),
  });
  writeFileSync(stampFile, hash);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildWebIfStale({ force: process.argv.includes("--force") });
