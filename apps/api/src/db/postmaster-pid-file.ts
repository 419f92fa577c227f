import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { isProcessAlive, processIdentity } from "./process-liveness.ts";

/** The lines of postmaster.pid that say which postmaster wrote it (PostgreSQL's LOCK_FILE_LINE_*, miscadmin.h). */
export interface PostmasterPidFile {
  pid: number;
  dataDir: string;
  /** When that postmaster started, in seconds since the epoch. */
  startedAt: number;
  port: number;
}

/**
 * running: the postmaster the file describes is alive. gone: it is not (its PID is dead, or now another process's).
 * unknown: the PID is alive but /proc cannot say what it is (not Linux).
 */
export type PostmasterStatus = "running" | "gone" | "unknown";

/** The file's start time is taken just after the process starts, and /proc's is rounded to a tick. */
const START_TIME_SLACK_SECONDS = 2;

const pidFilePath = (clusterDir: string) => path.join(clusterDir, "postmaster.pid");

export async function readPostmasterPidFile(clusterDir: string): Promise<PostmasterPidFile | null> {
  const text = await readFile(pidFilePath(clusterDir), "utf8").catch(() => null);
  if (text === null) return null;
  const [pid, dataDir = "", startedAt, port] = text.split("\n");
  const file = { pid: Number(pid), dataDir, startedAt: Number(startedAt), port: Number(port) };
  // A file cut short (a crash while PostgreSQL wrote it) names no postmaster.
  return Number.isInteger(file.pid) && file.pid > 0 && Number.isFinite(file.startedAt) ? file : null;
}

/** A PID proves nothing by itself: it is the file's postmaster only if it is a postgres process that started when the file says. */
export async function postmasterStatus(file: PostmasterPidFile): Promise<PostmasterStatus> {
  if (!isProcessAlive(file.pid)) return "gone";
  const found = await processIdentity(file.pid);
  if (!found) return isProcessAlive(file.pid) ? "unknown" : "gone";
  const sameStart = Math.abs(found.startedAt - file.startedAt) <= START_TIME_SLACK_SECONDS;
  return found.command === "postgres" && sameStart && !found.zombie ? "running" : "gone";
}

/**
 * The cluster's running postmaster, if its pid file names one. A file whose postmaster is gone is removed: PostgreSQL
 * would refuse to start while the PID it names lives on as another process. When the status is unknown the file stays,
 * and PostgreSQL decides.
 */
export async function findPostmaster(
  clusterDir: string,
  log: (m: string) => void,
): Promise<{ file: PostmasterPidFile; status: "running" | "unknown" } | null> {
  const file = await readPostmasterPidFile(clusterDir);
  if (!file) return null;
  const status = await postmasterStatus(file);
  if (status !== "gone") return { file, status };
  log(`removing the stale postmaster.pid in ${clusterDir} (no postmaster runs as process ${file.pid})`);
  await rm(pidFilePath(clusterDir), { force: true });
  return null;
}

/** Stops the file's postmaster as `pg_ctl stop -m fast` does (SIGINT), and waits until it is gone. */
export async function stopPostmaster(file: PostmasterPidFile, timeoutMs: number): Promise<void> {
  process.kill(file.pid, "SIGINT");
  const deadline = Date.now() + timeoutMs;
  while ((await postmasterStatus(file)) !== "gone") {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (process ${file.pid}) did not stop within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
