import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../src/db/embedded-postgres.ts";
import { isProcessAlive, processIdentity } from "../src/db/process-liveness.ts";
import { killPostmaster, postmasterPid, startEmbeddedApiProcess } from "./support/embedded-api-process.ts";

// Each test starts real processes (an API through tsx, initdb, PostgreSQL): tens of seconds on a loaded machine.
// The tests wait for states, never for a time; this is only a watchdog for a hang.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

// What start-up does with the postmaster.pid it finds in the cluster: a PID is not evidence of a postmaster (PIDs
// are reused), so the app must neither signal whatever holds that PID now nor refuse to start because of it.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean().catch(() => {});
});

async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "verbatim-stale-pid-"));
  cleanups.push(async () => {
    await killPostmaster(path.join(dir, "pg"));
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

async function start(dataDir: string): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedPostgres(dataDir, () => {});
  cleanups.push(() => db.stop());
  return db;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]?.one === 1;
  } finally {
    await client.end();
  }
}

/** A process that ignores the signals a postmaster would stop on, and says which it received. */
async function bystander(): Promise<{ child: ChildProcessWithoutNullStreams; signals: () => string[] }> {
  const script = `
    for (const s of ["SIGINT", "SIGTERM", "SIGQUIT", "SIGHUP", "SIGUSR1", "SIGUSR2"]) process.on(s, () => console.log(s));
    console.log("ready");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script]);
  cleanups.push(async () => child.kill("SIGKILL"));
  let out = "";
  await new Promise<void>((resolve) =>
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("ready")) resolve();
    }),
  );
  return { child, signals: () => out.split("\n").filter((line) => line.startsWith("SIG")) };
}

/** Writes the cluster's last real postmaster.pid back, with its first line (and its start time, if given) changed. */
async function forgePidFile(clusterDir: string, real: string, pid: number, startTime?: number): Promise<void> {
  const lines = real.split("\n");
  lines[0] = String(pid);
  if (startTime !== undefined) lines[2] = String(startTime);
  await writeFile(path.join(clusterDir, "postmaster.pid"), lines.join("\n"));
}

describe("a postmaster.pid left in the cluster", () => {
  it("naming a PID now held by an unrelated process: starts, and never signals that process", async () => {
    const dataDir = await tempDataDir();
    const clusterDir = path.join(dataDir, "pg");
    const first = await start(dataDir);
    const realPidFile = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8");
    await first.stop();

    const other = await bystander();
    await forgePidFile(clusterDir, realPidFile, other.child.pid!);
    const db = await start(dataDir);

    expect(await answers(db.url)).toBe(true);
    expect(await postmasterPid(clusterDir)).not.toBe(other.child.pid);
    expect(isProcessAlive(other.child.pid!)).toBe(true);
    expect(other.signals()).toEqual([]);
  });

  it("naming the PID of another cluster's postmaster, started at another time: starts, and leaves that cluster running", async () => {
    const dataDir = await tempDataDir();
    const clusterDir = path.join(dataDir, "pg");
    const first = await start(dataDir);
    const realPidFile = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8");
    await first.stop();

    // A postgres process, but not the one this file describes: its start time differs from the file's by an hour.
    const neighbourDir = await tempDataDir();
    const neighbour = await start(neighbourDir);
    const anotherPostmaster = (await postmasterPid(path.join(neighbourDir, "pg")))!;
    await forgePidFile(clusterDir, realPidFile, anotherPostmaster, Math.floor(Date.now() / 1000) - 3600);
    const db = await start(dataDir);

    expect(await answers(db.url)).toBe(true);
    expect(await answers(neighbour.url)).toBe(true);
    expect(isProcessAlive(anotherPostmaster)).toBe(true);
  });

  it("of a postmaster left running by an app that was killed: stops that postmaster, then starts", async () => {
    const dataDir = await tempDataDir();
    const clusterDir = path.join(dataDir, "pg");
    const app = await startEmbeddedApiProcess(dataDir);
    cleanups.push(() => app.stop());
    const leftover = (await postmasterPid(clusterDir))!;
    const exited = new Promise((resolve) => app.child.once("exit", resolve));
    app.child.kill("SIGKILL");
    await exited;
    expect(isProcessAlive(leftover), "the killed app's postmaster outlives it").toBe(true);

    const db = await start(dataDir);

    expect(db.owned).toBe(true);
    // Exited: gone, or a zombie until whoever adopted it when the app died collects it.
    expect(!isProcessAlive(leftover) || (await processIdentity(leftover))?.zombie).toBe(true);
    const now = await postmasterPid(clusterDir);
    expect(now).not.toBeNull();
    expect(now).not.toBe(leftover);
    expect(await answers(db.url)).toBe(true);
  });
});
