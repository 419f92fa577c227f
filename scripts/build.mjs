import { buildWebIfStale } from "./build-web.mjs";
import { mustRun } from "./lib.mjs";

await mustRun(process.execPath, ["scripts/prisma-generate.mjs"]);
await buildWebIfStale({ force: true });
