// Builds the web bundle when its sources changed since the last build (a hash of their paths, sizes and times).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { mustRun, root } from "./lib.mjs";

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

function* files(p) {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isFile()) yield [p, st];
  else for (const e of readdirSync(p)) yield* files(path.join(p, e));
}

export function sourceHash() {
  const h = createHash("sha256");
  for (const input of inputs) for (const [f, st] of files(path.join(root, input))) h.update(`${f}:${st.size}:${st.mtimeMs}\n`);
  return h.digest("hex");
}

export async function buildWebIfStale({ force = false } = {}) {
  const hash = sourceHash();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return false;
  console.log("Building the web app…");
  await mustRun(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: path.join(root, "apps/web"),
  });
  writeFileSync(stampFile, hash);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildWebIfStale({ force: process.argv.includes("--force") });
