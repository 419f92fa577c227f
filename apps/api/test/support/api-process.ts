import { type ChildProcess, spawn } from "node:child_process";
import { repoRoot } from "../../src/db/database.ts";

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** What it has printed so far, for a failing assertion's message. */
  output(): string;
  /** SIGTERM, as a deployment stops it; SIGKILL if it has not exited after 20 s. Resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** The real API (apps/api/src/main.ts) on a free port, with `env` over the test's own; resolves once it is listening. */
export async function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/api/src/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
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

/** A real API process on DATABASE_URL, as a second instance behind a load balancer. */
export function startApiProcess(databaseUrl: string): Promise<ApiProcess> {
  return spawnApi({ DATABASE_URL: databaseUrl, LOG_LEVEL: "error" });
}
