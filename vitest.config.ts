import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      // Core's hostile-input tests assert that a parser finishes with the right answer on 100,000-line inputs, not how
      // fast: on a loaded 2-CPU machine a few take over vitest's default 5 s, so the limit only catches a hang.
      { test: { name: "core", include: ["packages/core/src/**/*.test.ts"], testTimeout: 30_000 } },
      { test: { name: "contract", include: ["packages/contract/src/**/*.test.ts"] } },
      {
        test: {
          name: "web",
          include: ["apps/web/src/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["apps/web/src/test-setup.ts"],
        },
      },
      {
        test: {
          name: "api",
          include: ["apps/api/test/**/*.test.ts", "apps/api/src/**/*.test.ts"],
          globalSetup: ["apps/api/test/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Files run in parallel, each on a database of its own, each worker on a PostgreSQL cluster of its own
          // (global-setup.ts). Wall times of `vitest run --project api` on the 2-CPU machine, shared with other work:
          // 1 worker 210-223 s; 2 workers 128-271 s (median 185); 3 workers 144-208 s (median 160). Run back to back,
          // 3 beat 2 once in three, while adding a cluster and CPU contention for the timing-sensitive live-update
          // tests: 2. VITEST_MAX_WORKERS overrides it.
          maxWorkers: 2,
          // A project with its own maxWorkers needs a group of its own: the API files run after the unit tests.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
