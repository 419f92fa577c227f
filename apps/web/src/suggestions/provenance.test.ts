import { describe, expect, it } from "vitest";
import { provenanceOf, provenanceText } from "./provenance.ts";

describe("provenanceOf", () => {
  it("reads a suggestion's rule", () => {
    const provenance = provenanceOf({ id: "a", provenance: { source: "suggestion", rule: "un-symbol" } });
    expect(provenance).toEqual({ source: "suggestion", rule: "un-symbol" });
    expect(provenance && provenanceText(provenance)).toBe("From a suggestion · rule un-symbol");
  });

  it("says nothing for an annotation an analyst drew, or one without the field", () => {
    expect(provenanceOf({ id: "a", provenance: null })).toBeNull();
    expect(provenanceOf({ id: "a" })).toBeNull();
  });

  it("says nothing for a provenance it does not know rather than failing", () => {
    expect(provenanceOf({ provenance: { source: "import", rule: "x" } })).toBeNull();
    expect(provenanceOf({ provenance: "suggestion" })).toBeNull();
  });
});
