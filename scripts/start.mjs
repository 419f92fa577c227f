// `npm start`: generates the Prisma client and builds the web app and the API bundle if needed, then runs the server.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { apiBundle, buildApiIfStale } from "./build-api.mjs";
import { buildWebIfStale } from "./build-web.mjs";
import { mustRun, root } from "./lib.mjs";

if (!existsSync(path.join(root, "apps/api/src/generated/prisma/client.ts")))
  await mustRun(process.execPath, ["scripts/prisma-generate.mjs"]);
await buildWebIfStale();
await buildApiIfStale();

const child = spawn(process.execPath, ["--enable-source-maps", apiBundle], { cwd: root, stdio: "inherit" });
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
