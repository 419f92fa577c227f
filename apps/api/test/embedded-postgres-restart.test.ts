import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Health } from "@verbatim/contract";
import { afterAll, describe, expect, it, vi } from "vitest";
import { isProcessAlive } from "../src/db/process-liveness.ts";
import { ApiClient } from "./support/api-client.ts";
import type { ApiProcess } from "./support/api-process.ts";
import { killPostmaster, postmasterPid, startEmbeddedApiProcess } from "./support/embedded-api-process.ts";
import { PASSWORD } from "./support/factories.ts";

// Each test starts real processes (an API through tsx, initdb, PostgreSQL): tens of seconds on a loaded machine.
// The tests wait for states, never for a time; this is only a watchdog for a hang.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

// The real app on its own embedded cluster; its postmaster is killed with SIGKILL, as the OOM killer would. The app
// must notice, restart it, and serve again without being restarted itself. Timings depend on the machine, so the test
// polls and asserts the invariants (health answers 200 or 503 as the contract says, never 500; other requests answer
// or say database_unavailable; the app recovers and never exits), with a deadline that fails only if it never recovers.

let dataDir: string;
let app: ApiProcess | undefined;
afterAll(async () => {
  await app?.stop();
  await killPostmaster(path.join(dataDir, "pg"));
  await rm(dataDir, { recursive: true, force: true });
});

async function health(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/api/health`);
  return { status: res.status, body: await res.json() };
}

describe("the embedded PostgreSQL killed under a running app", () => {
  it("is restarted; meanwhile health answers 503 and other requests database_unavailable, never 500", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "verbatim-restart-"));
    const clusterDir = path.join(dataDir, "pg");
    app = await startEmbeddedApiProcess(dataDir);
    let exited = false;
    app.child.once("exit", () => (exited = true));
    const admin = new ApiClient(app.url);
    const setup = { workspaceName: "Desk", name: "Ada Admin", email: "ada@example.org", password: PASSWORD };
    expect((await admin.post("/api/setup", setup)).status).toBe(201);
    expect((await health(app.url)).status).toBe(200);

    const killed = (await postmasterPid(clusterDir))!;
    process.kill(killed, "SIGKILL");

    const seen = new Set<string>();
    let recovered = false;
    for (const deadline = Date.now() + 60_000; !recovered && Date.now() < deadline;) {
      const h = await health(app.url);
      seen.add(`health ${h.status}`);
      if (h.status === 200) expect(h.body).toEqual({ status: "ok", database: "embedded" });
      else
        expect({ status: h.status, body: Health.parse(h.body) }, app.output()).toEqual({
          status: 503,
          body: { status: "unavailable", database: "down" },
        });
      // ApiClient holds the answer to the contract: a 503 must be the error body with database_unavailable.
      const me = await admin.get("/api/me");
      seen.add(`me ${me.status}`);
      if (me.status !== 200)
        expect({ status: me.status, code: me.body?.error?.code }, app.output()).toEqual({ status: 503, code: "database_unavailable" });
      const pid = await postmasterPid(clusterDir);
      recovered = h.status === 200 && me.status === 200 && pid !== null && pid !== killed && isProcessAlive(pid);
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }

    expect(recovered, `never recovered; answers seen: ${[...seen].join(", ")}\n${app.output()}`).toBe(true);
    expect(isProcessAlive(killed)).toBe(false);
    expect(exited).toBe(false);
    // Prisma's pool serves again: a write and a read through it.
    const token = await admin.post("/api/tokens", { name: "after the restart" });
    expect(token.status, token.text).toBe(201);
    expect((await new ApiClient(app.url, token.body.token).get("/api/me")).status).toBe(200);
  }, 120_000);
});
