// A hash of the paths, sizes and times of a build's inputs, to rebuild only when they changed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { root } from "./lib.mjs";

/**
 * @param {string} p
 * @returns {Generator<[string, import("node:fs").Stats]>}
 */
function* files(p) {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isFile()) yield [p, st];
  else for (const e of readdirSync(p)) yield* files(path.join(p, e));
}

/** @param {readonly string[]} inputs paths relative to the repository root */
export function sourceHash(inputs) {
  const h = createHash("sha256");
  for (const input of inputs) for (const [f, st] of files(path.join(root, input))) h.update(`${f}:${st.size}:${st.mtimeMs}\n`);
  return h.digest("hex");
}
