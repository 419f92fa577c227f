import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./support/chromium.ts";

// The specs run against the real app: the API serving the built bundle (apps/web/dist; `npm run test:e2e`
// builds it first) over an embedded PostgreSQL in a fresh data directory, so every run starts at first-run setup.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://127.0.0.1:${port}`;
// Playwright loads this file in the runner and again in each worker; only the runner's copy starts the server,
// so reuse the directory it chose (inherited through the environment) rather than making one per load.
const dataDir = process.env.VERBATIM_E2E_DATA_DIR ?? createDataDir();
function createDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-e2e-"));
  process.env.VERBATIM_E2E_DATA_DIR = dir;
  // The runner exits after stopping the web server, so the database is down by the time its files go.
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const isCI = Boolean(process.env.CI);

const browserUse = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: isCI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // first-run.spec.ts needs the empty database and creates the admin; every other spec runs after it.
  projects: [
    { name: "first-run", testMatch: /first-run\.spec\.ts$/, use: browserUse },
    { name: "sign-in", testMatch: /auth\.setup\.ts$/, dependencies: ["first-run"], use: browserUse },
    { name: "app", testIgnore: /first-run\.spec\.ts$/, dependencies: ["sign-in"], use: { ...browserUse, storageState: STORAGE_STATE } },
  ],
  webServer: {
    // The bundle `npm start` runs (scripts/build-api.mjs, built before the tests), so the tests cover what ships.
    command: `"${process.execPath}" --enable-source-maps apps/api/dist/main.mjs`,
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), HOST: "127.0.0.1", VERBATIM_DATA_DIR: dataDir, LOG_LEVEL: "error" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
  outputDir: path.join(repoRoot, "test-results"),
});
