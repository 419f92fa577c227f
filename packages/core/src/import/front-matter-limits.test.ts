import { describe, expect, it } from "vitest";
import { readFrontMatter, splitFrontMatter } from "./front-matter.ts";
import { withinFrontMatterLimits } from "./front-matter-limits.ts";
import { MAX_FRONT_MATTER_CHARS, MAX_FRONT_MATTER_DEPTH, MAX_FRONT_MATTER_MARKS } from "./import-limits.ts";

describe("withinFrontMatterLimits", () => {
  it("accepts ordinary front matter", () => {
    expect(
      withinFrontMatterLimits("title: Statement by Fiji, on behalf of the Group\ndate: 2023-05-22\ntags: [a, b]\nlist:\n  - one"),
    ).toBe(true);
  });

  it("refuses front matter too large, too full of YAML marks or too deep", () => {
    expect(withinFrontMatterLimits(`title: ${"a".repeat(MAX_FRONT_MATTER_CHARS)}`)).toBe(false);
    expect(withinFrontMatterLimits("a: b\n".repeat(MAX_FRONT_MATTER_MARKS))).toBe(false);
    expect(withinFrontMatterLimits(`title: ${"}".repeat(MAX_FRONT_MATTER_MARKS + 1)}`)).toBe(false);
    expect(withinFrontMatterLimits(`a: ${"[".repeat(MAX_FRONT_MATTER_DEPTH + 1)}`)).toBe(false);
    expect(withinFrontMatterLimits(`a: '${"[".repeat(MAX_FRONT_MATTER_DEPTH + 1)}'`)).toBe(false);
    expect(withinFrontMatterLimits(`${"- ".repeat(MAX_FRONT_MATTER_DEPTH)}a`)).toBe(false);
    expect(withinFrontMatterLimits(`a:\n${" ".repeat(MAX_FRONT_MATTER_DEPTH + 1)}b: c`)).toBe(false);
  });
});

describe("front matter past the limits", () => {
  it("is dropped line by line with nothing read from it", () => {
    const yaml = `title: Statement\n${"a: b\n".repeat(2_000)}`;
    const result = readFrontMatter(yaml);
    expect(result.metadata).toEqual({});
    expect(result.dropped).toHaveLength(2_001);
  });

  it("stays in a plain text's body, as invalid YAML does", () => {
    const text = `---\n${"- a\n".repeat(2_000)}---\nHello.`;
    expect(splitFrontMatter(text)).toEqual({ yaml: null, body: text });
  });

  it("never recurses deeply into YAML nesting", () => {
    expect(readFrontMatter(`title: ${"[".repeat(100_000)}`).metadata).toEqual({});
    expect(readFrontMatter(`${"- ".repeat(50_000)}a`).metadata).toEqual({});
  });
});
