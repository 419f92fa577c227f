// Generates the Prisma client. Prisma's CLI looks up its native schema engine even for `generate`, which
// it does not use; pointing it at any executable keeps it from trying to download one.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const prismaBin = `${root}node_modules/.bin/prisma`;
if (!existsSync(prismaBin)) process.exit(0); // production installs without dev tooling
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(prismaBin, ["generate"], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
process.exit(result.status ?? 1);
