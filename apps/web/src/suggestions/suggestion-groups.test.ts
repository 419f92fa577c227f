import { describe, expect, it } from "vitest";
import { countOf, groupByKind } from "./suggestion-groups.ts";

describe("groupByKind", () => {
  it("groups by kind in the kinds' order, keeping each group's order and leaving empty kinds out", () => {
    const items = [
      { id: "1", kind: "cross-reference" as const },
      { id: "2", kind: "position" as const },
      { id: "3", kind: "cross-reference" as const },
    ];
    expect(groupByKind(items).map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ["position", ["2"]],
      ["cross-reference", ["1", "3"]],
    ]);
  });

  it("has no groups for no suggestions", () => {
    expect(groupByKind([])).toEqual([]);
  });
});

describe("countOf", () => {
  it("says one or many of a kind", () => {
    expect(countOf(1, "position")).toBe("1 position");
    expect(countOf(3, "cross-reference")).toBe("3 cross-references");
    expect(countOf(0, "commitment")).toBe("0 commitments");
  });
});
