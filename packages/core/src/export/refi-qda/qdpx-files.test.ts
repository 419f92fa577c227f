import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { projectToQde } from "./project-qde.ts";
import { qdpxFiles } from "./qdpx-files.ts";
import { zipQdpx } from "./test-support/keep-refi-export.ts";
import { ID, project } from "./test-support/sample.ts";

describe("the files of a .qdpx", () => {
  const files = qdpxFiles(project);

  it("lists project.qde first, then each source where its internal:// path points", () => {
    expect(files.map((f) => f.name)).toEqual(["project.qde", `sources/${ID.apg}.txt`, `sources/${ID.china}.txt`]);
    const qde = files[0]!.data;
    expect(qde).toBe(projectToQde(project).qde);
    for (const f of files.slice(1)) expect(qde).toContain(`plainTextPath="internal://${f.name.slice("sources/".length)}"`);
    expect(files[2]!.data.startsWith("Statement\n\nMr. President,\n\nChina 🇨🇳")).toBe(true);
  });

  it("zips and unzips to the same files, astral characters included", () => {
    const back = unzipSync(zipQdpx(files));
    expect(Object.keys(back)).toEqual(files.map((f) => f.name));
    expect(files.every((f) => strFromU8(back[f.name]!) === f.data)).toBe(true);
  });
});
