import { describe, expect, it } from "vitest";
import { droppedFiles, MAX_DROPPED_FILES } from "./dropped-files.ts";

type Entry = { isFile: boolean; isDirectory: boolean; name: string; file?: (ok: (f: File) => void) => void; createReader?: () => unknown };

const fileEntry = (name: string): Entry => ({ isFile: true, isDirectory: false, name, file: (ok) => ok(new File(["x"], name)) });

/** A folder whose reader answers its entries in batches of two, then none, as browsers do. */
function folder(name: string, children: Entry[]): Entry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (batch: Entry[]) => void) => {
          const batch = children.slice(at, at + 2);
          at += batch.length;
          ok(batch);
        },
      };
    },
  };
}

const drop = (entries: Entry[]) =>
  ({ items: entries.map((entry) => ({ webkitGetAsEntry: () => entry })), files: [] }) as unknown as DataTransfer;

describe("droppedFiles", () => {
  it("takes the files inside dropped folders, and leaves hidden files out", async () => {
    const files = await droppedFiles(
      drop([fileEntry("a.pdf"), folder("records", [fileEntry("b.docx"), fileEntry(".DS_Store"), folder("old", [fileEntry("c.txt")])])]),
    );
    expect(files.map((f) => f.name)).toEqual(["a.pdf", "b.docx", "c.txt"]);
  });

  it("stops at a folder's worth", async () => {
    const many = Array.from({ length: MAX_DROPPED_FILES + 50 }, (_, i) => fileEntry(`${i}.pdf`));
    expect(await droppedFiles(drop([folder("all", many)]))).toHaveLength(MAX_DROPPED_FILES);
  });
});
