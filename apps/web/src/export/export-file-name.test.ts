import { describe, expect, it } from "vitest";
import { defaultFileName, fileNameFromDisposition } from "./export-file-name.ts";

describe("fileNameFromDisposition", () => {
  it("reads a quoted or bare file name", () => {
    expect(fileNameFromDisposition('attachment; filename="verbatim-brief.docx"')).toBe("verbatim-brief.docx");
    expect(fileNameFromDisposition("attachment; filename=annotations.csv")).toBe("annotations.csv");
    expect(fileNameFromDisposition('attachment; filename="say \\"hi\\".md"')).toBe('say "hi".md');
  });

  it("prefers the UTF-8 name", () => {
    expect(fileNameFromDisposition(`attachment; filename="brief.docx"; filename*=UTF-8''d%C3%A9claration%20brief.docx`)).toBe(
      "déclaration brief.docx",
    );
  });

  it("strips folders and refuses empty names", () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe("passwd");
    expect(fileNameFromDisposition('attachment; filename=".."')).toBeNull();
    expect(fileNameFromDisposition("attachment")).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});

describe("defaultFileName", () => {
  it("names the file by date and format", () => {
    expect(defaultFileName("w3c", new Date("2024-06-01T12:00:00Z"))).toBe("verbatim-export-2024-06-01.jsonld");
  });
});
