import { describe, expect, it } from "vitest";
import { agreementUnits } from "./agreement-units.ts";

describe("agreement units", () => {
  it("codes every paragraph × kind for every annotator, 1 where they tagged that kind in that paragraph", () => {
    const units = agreementUnits({
      paragraphIds: ["p1", "p2"],
      annotatorIds: ["ann", "bob"],
      annotations: [
        { authorId: "ann", kind: "position", paragraphIds: ["p1", "p2"] },
        { authorId: "ann", kind: "position", paragraphIds: ["p1"] },
        { authorId: "bob", kind: "cross-reference", paragraphIds: ["p2"] },
      ],
    });
    expect(units).toEqual([
      { paragraphId: "p1", kind: "position", values: [1, 0] },
      { paragraphId: "p1", kind: "commitment", values: [0, 0] },
      { paragraphId: "p1", kind: "cross-reference", values: [0, 0] },
      { paragraphId: "p2", kind: "position", values: [1, 0] },
      { paragraphId: "p2", kind: "commitment", values: [0, 0] },
      { paragraphId: "p2", kind: "cross-reference", values: [0, 1] },
    ]);
  });

  it("ignores other authors and paragraphs outside the list, and codes an annotator who tagged nothing as all 0", () => {
    const units = agreementUnits({
      paragraphIds: ["p1"],
      annotatorIds: ["ann", "bob", "cy"],
      annotations: [
        { authorId: "zed", kind: "position", paragraphIds: ["p1"] },
        { authorId: "ann", kind: "commitment", paragraphIds: ["h1", "p9"] },
        { authorId: "bob", kind: "commitment", paragraphIds: ["p1"] },
      ],
    });
    expect(units.map((unit) => unit.values)).toEqual([
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
  });

  it("counts a repeated annotator or paragraph once", () => {
    const units = agreementUnits({ paragraphIds: ["p1", "p1"], annotatorIds: ["ann", "ann", "bob"], annotations: [] });
    expect(units).toHaveLength(3);
    expect(units[0]?.values).toEqual([0, 0]);
  });
});
