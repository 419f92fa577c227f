import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../../src/db/database.ts";
import { isProcessAlive } from "../../src/db/process-liveness.ts";

export interface EmbeddedApiProcess {
  url: string;
  child: ChildProcess;
  /** What it has printed so far, for a failing assertion's message. */
  output(): string;
  /** SIGTERM, as a deployment stops it; SIGKILL if it has not exited after 20 s. Resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** The real API (apps/api/src/main.ts) on the embedded PostgreSQL in dataDir, as `npm start` runs it without DATABASE_URL. */
export async function startEmbeddedApiProcess(dataDir: string): Promise<EmbeddedApiProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/api/src/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: "", VERBATIM_DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    void exited.then((code) => reject(new Error(`the API exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
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
