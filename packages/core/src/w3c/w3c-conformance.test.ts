import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { annotations, BASE_URL, blocks, instrumentKeys, statement } from "./test-fixtures.ts";
import { toW3cAnnotation } from "./to-w3c-annotation.ts";
import { toW3cCollection } from "./to-w3c-collection.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const checker = path.resolve(repoRoot, "../shared/conformance/check-w3c-annotations.mjs");

/** The checker's report; on failure its FAIL lines, so that the assertion shows them. */
function runChecker(file: string): string {
  try {
    return execFileSync("node", [checker, file], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const failed = e as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  }
}

describe("W3C annotation-model conformance", () => {
  // The checker is the W3C test suite's MUST assertions, kept in ../shared beside the repository.
  it("passes every MUST for a collection with each kind, a cross-paragraph span, emoji and a rich note", () => {
    expect(existsSync(checker), `the W3C checker is missing: ${checker}`).toBe(true);
    const items = annotations.map((a) => toW3cAnnotation(a, { ...statement, blocks }, { baseUrl: BASE_URL, instrumentKeys }));
    const collection = toW3cCollection(items, {
      id: `${BASE_URL}/api/exports?statement=${statement.slug}&format=w3c`,
      label: statement.title,
    });
    const dir = mkdtempSync(path.join(tmpdir(), "verbatim-w3c-"));
    const file = path.join(dir, "export.jsonld");
    try {
      writeFileSync(file, JSON.stringify(collection, null, 2));
      const output = runChecker(file);
      expect(output).toMatch(new RegExp(`${items.length} annotations in 1 files, \\d+ passed, 0 failed`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
