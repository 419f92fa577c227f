/* eslint-disable no-restricted-imports -- test support, never imported by the core's code: it writes files for CI */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";

/** A `.qdpx` from its files, zipped as the API zips them. */
export const zipQdpx = (files: readonly { name: string; data: string }[]): Uint8Array =>
  zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.data)])));

/**
 * Keeps a REFI-QDA export a test made, when VERBATIM_REFI_EXPORTS_DIR is set (as `.ci/run` sets it for `npm test`):
 * the CI step then checks every file there with ../shared's checker against the REFI-QDA 1.5 schemas
 * (scripts/check-refi-exports.mjs). `fileName` ends in `.qdc` or `.qdpx`. Returns the path written, or null.
 */
export function keepRefiExport(fileName: string, data: string | Uint8Array): string | null {
  const dir = process.env.VERBATIM_REFI_EXPORTS_DIR;
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileName);
  writeFileSync(file, data);
  return file;
}
