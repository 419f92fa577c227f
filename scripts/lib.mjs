import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

/** @typedef {import("node:child_process").SpawnOptions} SpawnOptions */

/**
 * Runs a command in the repo root with inherited output; resolves with its exit code.
 * @param {string} cmd
 * @param {readonly string[]} args
 * @param {SpawnOptions} [opts]
 * @returns {Promise<number>}
 */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", ...opts, env: { ...process.env, ...opts.env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs a command like `run`, and exits with its code when it fails.
 * @param {string} cmd
 * @param {readonly string[]} args
 * @param {SpawnOptions} [opts]
 */
export async function mustRun(cmd, args, opts) {
  const code = await run(cmd, args, opts);
  if (code !== 0) {
    console.error(`\n${cmd} ${args.join(" ")} failed (exit ${code})`);
    process.exit(code);
  }
}
