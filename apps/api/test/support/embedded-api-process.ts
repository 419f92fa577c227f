import { readFile } from "node:fs/promises";
import path from "node:path";
import { isProcessAlive } from "../../src/db/process-liveness.ts";
import { type ApiProcess, spawnApi } from "./api-process.ts";

/** The real API on the embedded PostgreSQL in dataDir, as `npm start` runs it without DATABASE_URL. */
export function startEmbeddedApiProcess(dataDir: string): Promise<ApiProcess> {
  return spawnApi({ DATABASE_URL: "", VERBATIM_DATA_DIR: dataDir, LOG_LEVEL: "info" });
}

/** The PID on the first line of the cluster's postmaster.pid, or null when there is none. */
export async function postmasterPid(clusterDir: string): Promise<number | null> {
  const text = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => null);
  const pid = Number.parseInt(text?.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Test clean-up: a postmaster still named by the cluster's pid file is stopped, whatever state the test left. */
export async function killPostmaster(clusterDir: string): Promise<void> {
  const pid = await postmasterPid(clusterDir);
  if (pid === null || !isProcessAlive(pid)) return;
  const comm = await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "");
  // Only a postgres process: the file may name a process a test put there on purpose.
  if (comm.trim() !== "postgres") return;
  // Fast shutdown (SIGINT) removes its shared memory; SIGKILL only if that takes more than 10 s.
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 200 && isProcessAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (isProcessAlive(pid)) process.kill(pid, "SIGKILL");
}
