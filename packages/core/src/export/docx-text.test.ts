import { describe, expect, it } from "vitest";
import { textRuns, xmlSafe } from "./docx-text.ts";

describe("xmlSafe", () => {
  it("drops what XML 1.0 cannot carry and keeps the rest", () => {
    expect(xmlSafe("a\u0001b\u000Bc\uFFFEd\uD800e")).toBe("abcde");
    expect(xmlSafe("tab\tline\nemoji 😀 中文 عربي")).toBe("tab\tline\nemoji 😀 中文 عربي");
  });
});

describe("textRuns", () => {
  it("makes one run per line", () => {
    expect(textRuns("one\r\ntwo\nthree")).toHaveLength(3);
  });
});
