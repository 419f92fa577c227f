import { describe, expect, it } from "vitest";
import { crossReferenceHref } from "./target-link.ts";

describe("crossReferenceHref", () => {
  const keys = new Set(["UNTOC"]);
  it("links paragraphs in the app, URLs as they are, and instruments and UN symbols on their page here", () => {
    expect(crossReferenceHref("a-b#p7", keys)).toBe("/s/a-b#p7");
    expect(crossReferenceHref("https://example.org/x", keys)).toBe("https://example.org/x");
    expect(crossReferenceHref("S/RES/1373 (2001)", keys)).toBe("/instruments/S/RES/1373%20(2001)");
    expect(crossReferenceHref("UNTOC", keys)).toBe("/instruments/UNTOC");
    expect(crossReferenceHref("javascript:alert(1)", keys)).toBeNull();
  });
});
