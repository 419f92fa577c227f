import { describe, expect, it } from "vitest";
import { comparisonKey } from "./comparison-key.ts";

describe("comparisonKey", () => {
  it("ignores case, punctuation, accents and white space", () => {
    expect(comparisonKey("  Côte d’Ivoire  welcomes the “Pact”; FULLY. ")).toBe(comparisonKey("cote d'ivoire welcomes the Pact fully"));
  });

  it("ignores a paragraph's own numbering, which revisions change", () => {
    expect(comparisonKey("1. We welcome the report.")).toBe(comparisonKey("2. We welcome the report."));
    expect(comparisonKey("(12) We welcome the report.")).toBe("we welcome the report");
    expect(comparisonKey("2030 Agenda")).toBe("2030 agenda");
  });

  it("gives mojibake and its repair the same key", () => {
    expect(comparisonKey("Africaâ€™s role")).toBe(comparisonKey("Africa’s role"));
    expect(comparisonKey("AfricaÃ­s role")).toBe(comparisonKey("Africa's role"));
    expect(comparisonKey("the UNÃs mandate")).toBe(comparisonKey("the UN’s mandate"));
    expect(comparisonKey("e\u0301tat")).toBe(comparisonKey("État"));
  });

  it("keeps different words apart", () => {
    expect(comparisonKey("We support the resolution.")).not.toBe(comparisonKey("We oppose the resolution."));
  });
});
