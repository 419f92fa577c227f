import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { keepRefiExport } from "../../../../packages/core/src/export/refi-qda/test-support/keep-refi-export.ts";

const SCHEMAS = path.resolve(import.meta.dirname, "../../../../../shared/conformance/refi-qda");
const xmllint = spawnSync("xmllint", ["--version"]).status === 0 && existsSync(SCHEMAS);

/**
 * Keeps an API export for the CI step that checks every kept file against the REFI-QDA 1.5 schemas (core's
 * keepRefiExport, under `api-<name>`), and validates the XML here too where xmllint and ../shared's schemas are on
 * the machine: "valid", xmllint's complaint, or null where there is nothing to ask.
 */
export function checkRefi(name: `${string}.qdc` | `${string}.qdpx`, file: Uint8Array, xml: string): string | null {
  keepRefiExport(`api-${name}`, file);
  if (!xmllint) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "refi-api-"));
  try {
    const at = path.join(dir, "file.xml");
    writeFileSync(at, xml);
    const schema = path.join(SCHEMAS, name.endsWith(".qdc") ? "Codebook.xsd" : "Project.xsd");
    const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, at], { encoding: "utf8" });
    return r.status === 0 ? "valid" : r.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
