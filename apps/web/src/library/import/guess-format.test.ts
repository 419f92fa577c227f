import { describe, expect, it } from "vitest";
import { guessFormat } from "./guess-format.ts";

describe("guessFormat", () => {
  it("reads a text that starts with a tag as HTML", () => {
    expect(guessFormat("  <!DOCTYPE html><html><body><p>Mr. President,</p>")).toBe("html");
    expect(guessFormat('<div class="statement">\n<p>Thank you.</p></div>')).toBe("html");
    expect(guessFormat("<!-- copied from the mission's site --><p>x</p>")).toBe("html");
  });

  it("reads front matter or # headings as Markdown", () => {
    expect(guessFormat("---\ntitle: Remarks\ndate: 2023-12-07\n---\n\nMr. President,")).toBe("markdown");
    expect(guessFormat("Mr. President,\n\n## Transnational organized crime\n\nWe support…")).toBe("markdown");
  });

  it("reads links and bold markup as Markdown", () => {
    expect(guessFormat("\n\n**Statement of the Group**\n\nMadam Chair,")).toBe("markdown");
    expect(guessFormat("See [the resolution](https://undocs.org/A/RES/74/247).")).toBe("markdown");
  });

  it("falls back to plain text", () => {
    expect(guessFormat("Mr. President,\n\nI thank the Secretary-General. #UNSC")).toBe("text");
    expect(guessFormat("1. We welcome <the report> of the Secretary-General.")).toBe("text");
    expect(guessFormat("Home > China & UN > Thematic Issues\n---\nRemarks")).toBe("text");
    expect(guessFormat("")).toBe("text");
  });
});
