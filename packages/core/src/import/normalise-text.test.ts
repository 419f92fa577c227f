import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text.ts";

describe("normaliseText", () => {
  it("folds every kind of white space into one ASCII space and trims", () => {
    expect(normaliseText("\u00a0 a\u2002b\u202fc\t\nd  e \u00a0")).toBe("a b c d e");
  });

  it("composes to NFC", () => {
    expect(normaliseText("Co\u0302te d\u2019Ivoire")).toBe("C\u00f4te d\u2019Ivoire");
  });

  it("returns an empty string for white space only", () => {
    expect(normaliseText("\u00a0\u00a0 \n")).toBe("");
  });
});
