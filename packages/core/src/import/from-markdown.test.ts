import { describe, expect, it } from "vitest";
import { readMarkdown } from "./from-markdown.ts";
import { normaliseText } from "./normalise-text.ts";

const blocks = (content: string) => readMarkdown(content).blocks.map((b) => ({ ...b, text: normaliseText(b.text) }));

describe("readMarkdown", () => {
  it("turns ATX and setext headings into headings with their level", () => {
    expect(blocks("## Corruption\n\nText.\n\n###### Deep\n\nTitle\n=====")).toEqual([
      { kind: "heading", text: "Corruption", level: 2 },
      { kind: "paragraph", text: "Text." },
      { kind: "heading", text: "Deep", level: 6 },
      { kind: "heading", text: "Title", level: 1 },
    ]);
  });

  it("removes emphasis, links and code markup and unescapes characters", () => {
    expect(blocks("We **strongly** support *the* [Convention](https://example.org) and `UNTOC` \\*\\*now\\*\\*.")).toEqual([
      { kind: "paragraph", text: "We strongly support the Convention and UNTOC **now**." },
    ]);
  });

  it("keeps a hard line break inside a paragraph as a break that folds to a space", () => {
    const [first] = readMarkdown("**Statement of the Group  \nat the 5th Session**").blocks;
    expect(first?.text).toBe("Statement of the Group\nat the 5th Session");
  });

  it("gives an escaped asterisk line and a thematic break as text for the separator check", () => {
    expect(blocks("\\*\\*\\*\\*\\*\n\nA.\n\n***\n\nB.").map((b) => b.text)).toEqual(["*****", "A.", "***", "B."]);
  });

  it("reads YAML front matter into metadata and never into blocks", () => {
    const result = readMarkdown("---\ntitle: Statement by Fiji\ndate: 2023-05-22\nforum: CND 66\n---\n\nMr. Chair,");
    expect(result.metadata).toEqual({ title: "Statement by Fiji", date: "2023-05-22", forum: "CND 66" });
    expect(result.droppedBefore.map((d) => d.reason)).toEqual(["front-matter", "front-matter", "front-matter"]);
    expect(result.blocks.map((b) => b.text)).toEqual(["Mr. Chair,"]);
  });

  it("keeps the numbers of an ordered list, one paragraph per item", () => {
    expect(blocks("3. The Group notes.\n4. The Group urges.\n\n- a bullet").map((b) => b.text)).toEqual([
      "3. The Group notes.",
      "4. The Group urges.",
      "a bullet",
    ]);
  });

  it("splits a hard-wrapped paragraph after a salutation", () => {
    expect(blocks("Mr. President,\nI thank you for convening\nthis meeting.").map((b) => b.text)).toEqual([
      "Mr. President,",
      "I thank you for convening this meeting.",
    ]);
  });

  it("keeps sentence ends at line ends inside one paragraph when the text has blank lines", () => {
    expect(blocks("Intro.\n\nWe welcome the report.\nWe thank the Secretariat.").map((b) => b.text)).toEqual([
      "Intro.",
      "We welcome the report. We thank the Secretariat.",
    ]);
  });

  it("splits at sentence ends when the whole text has no blank line", () => {
    expect(blocks("We welcome the report.\nWe thank the\nSecretariat.").map((b) => b.text)).toEqual([
      "We welcome the report.",
      "We thank the Secretariat.",
    ]);
  });

  it("reads block HTML through the HTML reader", () => {
    expect(blocks("<p>From <b>HTML</b></p>\n\nAfter.").map((b) => b.text)).toEqual(["From HTML", "After."]);
  });
});
