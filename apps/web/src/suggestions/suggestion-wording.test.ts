import { describe, expect, it } from "vitest";
import { confidenceText, languageName, notEnglishText } from "./suggestion-wording.ts";

describe("suggestion wording", () => {
  it("rounds the confidence and flags a guess", () => {
    expect(confidenceText(0.924)).toBe("92% sure");
    expect(confidenceText(0.4)).toBe("40% sure (a guess: check it)");
  });

  it("names the language, or keeps a code it cannot name", () => {
    expect(languageName("fr")).toBe("French");
    expect(languageName(null)).toBeNull();
    expect(languageName("not a language tag!")).toBe("not a language tag!");
  });

  it("says the rules read English, and what the statement is in", () => {
    expect(notEnglishText("es")).toBe("The suggestion rules read English text; this statement is in Spanish. Tag it by hand.");
    expect(notEnglishText(null)).toContain("this statement's language is not English");
  });
});
