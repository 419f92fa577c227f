import path from "node:path";
import { mustRun, root } from "./lib.mjs";

const projects = [".", "scripts", "bench", "packages/core", "packages/contract", "apps/api", "apps/web", "e2e"];
for (const p of projects) await mustRun(path.join(root, "node_modules/.bin/tsc"), ["-p", p, "--noEmit"]);
console.log(`typecheck: ${projects.length} projects clean`);
