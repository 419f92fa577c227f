import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../apps/api/src/config.ts";
import { repoRoot } from "../../apps/api/src/db/database.ts";
import { startServer } from "../../apps/api/src/server.ts";

export interface BenchApp {
  url: string;
  cookies: { name: string; value: string }[];
  api<T = unknown>(method: string, url: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** The real app (built web bundle, API, embedded PostgreSQL) on a fresh data folder, signed in as its admin. */
export async function startBenchApp(): Promise<BenchApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-"));
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: "", PORT: "0", LOG_LEVEL: "error" }, repoRoot), dataDir };
  const running = await startServer(config);
  const jar = new Map<string, string>();
  async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
    const res = await fetch(running.url + url, {
      method,
      headers: {
        "content-type": "application/json",
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        "x-csrf-token": jar.get("verbatim_csrf") ?? "",
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [name, ...rest] = (c.split(";")[0] ?? "").split("=");
      if (name) jar.set(name, rest.join("="));
    }
    const text = await res.text();
    if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status} ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  await api("POST", "/api/setup", {
    workspaceName: "Bench",
    name: "Bench Analyst",
    email: "bench@example.org",
    password: "bench-password-long",
  });
  return {
    url: running.url,
    get cookies() {
      return [...jar].map(([name, value]) => ({ name, value }));
    },
    api,
    async stop() {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
