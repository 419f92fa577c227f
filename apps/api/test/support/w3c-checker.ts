import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
/** The W3C annotation-model test suite's MUST assertions, as the shared design notes provide them. */
export const W3C_CHECKER = path.resolve(repoRoot, "../shared/conformance/check-w3c-annotations.mjs");

/** The checker's report; it exits 1 on any failure, and also for a file with no annotations at all. */
export async function checkW3c(json: string): Promise<{ ok: boolean; report: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "verbatim-w3c-"));
  try {
    const file = path.join(dir, "export.jsonld");
    await writeFile(file, json);
    const report = execFileSync("node", [W3C_CHECKER, file], { cwd: repoRoot, stdio: "pipe", timeout: 120_000, encoding: "utf8" });
    return { ok: true, report };
  } catch (e) {
    return { ok: false, report: String((e as { stdout?: string }).stdout ?? e) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
