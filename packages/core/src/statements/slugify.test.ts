import { describe, expect, it } from "vitest";
import { slugify } from "./slugify.ts";

describe("slugify", () => {
  it("makes ASCII lower-case hyphenated words", () => {
    expect(slugify("Côte d\u2019Ivoire")).toBe("cote-divoire");
    expect(slugify("  Türkiye & São Tomé!  ")).toBe("turkiye-sao-tome");
    expect(slugify("Straße Ærø")).toBe("strasse-aero");
  });

  it("returns an empty string when nothing is left", () => {
    expect(slugify("中文 — ")).toBe("");
  });
});
