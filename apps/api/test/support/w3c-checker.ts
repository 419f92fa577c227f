import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkW3cStructure, type W3cStructureReport } from "../../../../packages/core/src/w3c/check-w3c-structure.ts";

/**
 * The Web Annotation model's essentials for an export (core's structural check: it needs nothing outside
 * the repository). When VERBATIM_W3C_EXPORTS_DIR is set, as `.ci/run` sets it, the document is also kept
 * there as `<name>.jsonld`, and the CI step checks every file there against the W3C test suite's MUST
 * assertions (scripts/check-shared-fixtures.ts, with ../shared's checker).
 */
export function checkW3c(doc: unknown, name: string): W3cStructureReport {
  const dir = process.env.VERBATIM_W3C_EXPORTS_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `api-${name}.jsonld`), JSON.stringify(doc, null, 2));
  }
  return checkW3cStructure(doc);
}
