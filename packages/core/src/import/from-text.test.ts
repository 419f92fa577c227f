import { describe, expect, it } from "vitest";
import { readText } from "./from-text.ts";
import { normaliseText } from "./normalise-text.ts";

const texts = (content: string): string[] => readText(content).blocks.map((b) => normaliseText(b.text));

describe("readText", () => {
  it("separates paragraphs at blank lines", () => {
    expect(texts("First paragraph.\n\nSecond\nparagraph.\n\n\nThird.")).toEqual(["First paragraph.", "Second paragraph.", "Third."]);
  });

  it("counts a line of only no-break spaces as blank", () => {
    expect(texts("We thank the Chair\n\u00a0\u00a0\u00a0\nfor her work and leadership")).toEqual([
      "We thank the Chair",
      "for her work and leadership",
    ]);
  });

  it("splits hard-wrapped text with no blank lines into paragraphs", () => {
    expect(
      texts("Madam Chair,\nWe welcome the report of\nthe Secretariat.\n1. The Group notes progress.\n2. The Group urges action."),
    ).toEqual(["Madam Chair,", "We welcome the report of the Secretariat.", "1. The Group notes progress.", "2. The Group urges action."]);
  });

  it("keeps menu lines run into the text as lines of their block, for the clean-up to drop", () => {
    const result = readText("Home News Statements About\n\u00a0Home\u00a0>\u00a0News\nMr. Chair,\n\nThank you.");
    expect(result.blocks.map((b) => normaliseText(b.text))).toEqual([
      "Home News Statements About",
      "Home > News",
      "Mr. Chair,",
      "Thank you.",
    ]);
  });

  it("reads front matter and handles Windows line ends", () => {
    const result = readText("---\r\ntitle: Statement by Fiji\r\n---\r\nMr. Chair,\r\n\r\nWe agree.");
    expect(result.metadata).toEqual({ title: "Statement by Fiji" });
    expect(result.droppedBefore).toEqual([{ text: "title: Statement by Fiji", reason: "front-matter" }]);
    expect(result.blocks.map((b) => b.text)).toEqual(["Mr. Chair,", "We agree."]);
  });
});
