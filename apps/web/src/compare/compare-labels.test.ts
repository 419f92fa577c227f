import { describe, expect, it } from "vitest";
import { outcomeText } from "./compare-labels.ts";

describe("outcome text", () => {
  it("names the attributes that differ on the same words", () => {
    expect(outcomeText({ outcome: "attribute", differs: ["position.stance"] })).toBe("Different stance");
    expect(outcomeText({ outcome: "attribute", differs: ["cross-reference.relation", "cross-reference.target"] })).toBe(
      "Different relation and target",
    );
  });

  it("keeps the outcome's own words otherwise", () => {
    expect(outcomeText({ outcome: "attribute", differs: [] })).toBe("Different attribute");
    expect(outcomeText({ outcome: "partial", differs: ["position.stance"] })).toBe("Partial overlap");
    expect(outcomeText({ outcome: "match", differs: [] })).toBe("Match");
  });
});
