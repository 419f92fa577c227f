import { describe, expect, it } from "vitest";
import { isSeparator } from "./separator.ts";

describe("isSeparator", () => {
  it.each(["*****", "* * *", "---", "___", "\u2014\u2014\u2014"])("accepts %s", (line) => expect(isSeparator(line)).toBe(true));
  it.each(["-", "**", "1. ---", "Text ---", ""])("rejects %s", (line) => expect(isSeparator(line)).toBe(false));
});
