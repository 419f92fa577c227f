import { describe, expect, it } from "vitest";
import { countLabel, orderedCounts } from "./annotation-kinds.ts";

describe("countLabel", () => {
  it("agrees in number", () => {
    expect(countLabel("position", 1)).toBe("1 position");
    expect(countLabel("cross-reference", 0)).toBe("0 cross-references");
    expect(countLabel("commitment", 3)).toBe("3 commitments");
  });

  it("shows an unknown kind by its key", () => {
    expect(countLabel("summary", 2)).toBe("2 summary");
  });
});

describe("orderedCounts", () => {
  it("puts positions, commitments and cross-references first", () => {
    const counts = { other: 1, "cross-reference": 2, position: 3, commitment: 4 };
    expect(orderedCounts(counts).map(([k]) => k)).toEqual(["position", "commitment", "cross-reference", "other"]);
  });
});
