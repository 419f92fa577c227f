import { describe, expect, it } from "vitest";
import { suggestionsApply } from "./suggestions-apply.ts";

describe("suggestionsApply", () => {
  it("applies to English and to statements whose language is unknown", () => {
    for (const language of ["en", "EN", "en-GB", "en_US", "eng", "English", null, undefined, ""])
      expect(suggestionsApply(language)).toBe(true);
  });

  it("does not apply to other languages", () => {
    for (const language of ["fr", "es-MX", "French", "zh", "ar", "ru", "eng-ish"]) expect(suggestionsApply(language)).toBe(false);
  });
});
