import { describe, expect, it } from "vitest";
import { MAX_MARKDOWN_INDENT, MAX_MARKDOWN_NESTING } from "./import-limits.ts";
import { capContainerPrefix, splitPrefix } from "./markdown-prefix.ts";

describe("capContainerPrefix", () => {
  it("leaves lines within the limits as they are", () => {
    for (const line of ["We agree.", "> > - 1. Item", "    code", "\t- tab", "* * *", `${"> ".repeat(MAX_MARKDOWN_NESTING)}x`]) {
      expect(capContainerPrefix(line)).toBe(line);
    }
  });

  it("drops markers past MAX_MARKDOWN_NESTING and keeps the content", () => {
    expect(capContainerPrefix(`${">".repeat(100_000)} We agree.`)).toBe(`${">".repeat(MAX_MARKDOWN_NESTING)}We agree.`);
    expect(capContainerPrefix(`${"- ".repeat(40)}x`)).toBe(`${"- ".repeat(MAX_MARKDOWN_NESTING)}x`);
  });

  it("shortens blanks past MAX_MARKDOWN_INDENT columns", () => {
    expect(capContainerPrefix(`${" ".repeat(1_000)}- x`)).toBe(`${" ".repeat(MAX_MARKDOWN_INDENT)}- x`);
    expect(capContainerPrefix(`${" ".repeat(MAX_MARKDOWN_INDENT)}- ${" ".repeat(50)}x`)).toBe(`${" ".repeat(MAX_MARKDOWN_INDENT)}- x`);
  });
});

describe("splitPrefix", () => {
  it("splits a line after its container prefix", () => {
    expect(splitPrefix("> > 2. The item")).toEqual({ content: "The item", quotes: 2, items: 1, listMarker: "2." });
    expect(splitPrefix("- - > x")).toEqual({ content: "x", quotes: 1, items: 2, listMarker: "-" });
    expect(splitPrefix("Plain text")).toEqual({ content: "Plain text", quotes: 0, items: 0, listMarker: null });
  });
});
