import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectToQde } from "./project-qde.ts";
import { codebookToQdc } from "./qdc.ts";
import { qdpxFiles } from "./qdpx-files.ts";
import { keepRefiExport, zipQdpx } from "./test-support/keep-refi-export.ts";
import { codes, project } from "./test-support/sample.ts";
import { xmlTree } from "./test-support/xml-tree.ts";

/**
 * The sample exports against the published REFI-QDA 1.5 schemas. The structural tests beside each writer need
 * nothing outside the repository; here, where xmllint and ../shared's schemas are on the machine (`.ci/run` installs
 * libxml2-utils), the files are validated too, and they are kept for the CI step's checker (keep-refi-export.ts).
 */
const SCHEMAS = path.resolve(import.meta.dirname, "../../../../../../shared/conformance/refi-qda");
const xmllint = spawnSync("xmllint", ["--version"]).status === 0 && existsSync(SCHEMAS);

/** xmllint's verdict on `xml` against the schema, or null where there is no xmllint or schema to ask. */
function validate(xml: string, schema: "Codebook.xsd" | "Project.xsd"): string | null {
  if (!xmllint) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "refi-"));
  try {
    const file = path.join(dir, "file.xml");
    writeFileSync(file, xml);
    const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", path.join(SCHEMAS, schema), file], { encoding: "utf8" });
    return r.status === 0 ? "valid" : r.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("REFI-QDA conformance of the sample exports", () => {
  it("writes a codebook that is well-formed XML with codes, and valid against Codebook.xsd where xmllint runs", () => {
    const qdc = codebookToQdc(codes);
    expect(xmlTree(qdc).all("Code")).toHaveLength(codes.length + 2);
    expect(validate(qdc, "Codebook.xsd") ?? "valid").toBe("valid");
    keepRefiExport("core-codebook.qdc", qdc);
    // The schema is really asked: a code without isCodable is refused where xmllint runs.
    expect(validate(qdc.replace(/ isCodable="true"/, ""), "Codebook.xsd")).not.toBe("valid");
  });

  it("writes a project that is valid against Project.xsd where xmllint runs, and a .qdpx holding its sources", () => {
    const { qde } = projectToQde(project);
    expect(xmlTree(qde).all("PlainTextSelection")).toHaveLength(5);
    expect(validate(qde, "Project.xsd") ?? "valid").toBe("valid");
    keepRefiExport("core-project.qdpx", zipQdpx(qdpxFiles(project)));
    const empty = { name: "Empty", exportedAt: "2026-12-05T16:00:00Z", codes: [], statements: [], annotations: [] };
    expect(validate(projectToQde(empty).qde, "Project.xsd") ?? "valid").toBe("valid");
    keepRefiExport("core-project-empty.qdpx", zipQdpx(qdpxFiles(empty)));
  });
});
