import { type ChildProcess, spawn } from "node:child_process";
import { repoRoot } from "../../src/db/database.ts";

export interface ApiProcess {
  url: string;
  /** Stops it as a deployment would (SIGTERM) and waits for it to exit. */
  stop(): Promise<number | null>;
}

/** A real API process (apps/api/src/main.ts) on DATABASE_URL and a free port, as a second instance behind a load balancer. */
export async function startApiProcess(databaseUrl: string): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "apps/api/src/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" },
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
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    void exited.then((code) => reject(new Error(`the API exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
