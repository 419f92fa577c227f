import { describe, expect, it } from "vitest";
import { readFrontMatter, splitFrontMatter } from "./front-matter.ts";

describe("readFrontMatter", () => {
  it("reads the metadata fields and records each line as dropped", () => {
    const result = readFrontMatter(
      "title: Statement by Fiji\ndate: 2023-05-22\non_behalf_of: Asia-Pacific Group\nsource: https://example.org/s\nlang: en",
    );
    expect(result.metadata).toEqual({
      title: "Statement by Fiji",
      date: "2023-05-22",
      onBehalfOf: "Asia-Pacific Group",
      sourceUrl: "https://example.org/s",
      language: "en",
    });
    expect(result.dropped).toHaveLength(5);
    expect(result.dropped[0]).toEqual({ text: "title: Statement by Fiji", reason: "front-matter" });
  });

  it("reads a written-out date and survives invalid YAML", () => {
    expect(readFrontMatter("date: 22 May 2023").metadata).toEqual({ date: "2023-05-22" });
    expect(readFrontMatter("title: [unclosed").metadata).toEqual({});
  });

  it("records the lines of front matter it could not read as unread, not as read into metadata", () => {
    expect(readFrontMatter("title: [unclosed").dropped).toEqual([{ text: "title: [unclosed", reason: "unread-front-matter" }]);
  });
});

describe("splitFrontMatter", () => {
  it("splits front matter off a plain text", () => {
    expect(splitFrontMatter("---\ntitle: X\n---\nMr. President,")).toEqual({ yaml: "title: X", body: "Mr. President," });
  });

  it("leaves a text that merely starts with a rule", () => {
    const text = "---\nWe thank you.\n---\nMore.";
    expect(splitFrontMatter(text)).toEqual({ yaml: null, body: text });
  });
});
