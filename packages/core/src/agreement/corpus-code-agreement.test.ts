import { describe, expect, it } from "vitest";
import { corpusCodeAgreement } from "./corpus-code-agreement.ts";

describe("corpusCodeAgreement", () => {
  const statements = [
    {
      // A and B both coded p1 with X: perfect agreement on X.
      paragraphIds: ["p1", "p2"],
      annotations: [
        { authorId: "A", paragraphIds: ["p1"], codeIds: ["X"] },
        { authorId: "B", paragraphIds: ["p1"], codeIds: ["X"] },
      ],
    },
    {
      // B coded p1 with Y, C tagged p2 without it: Y's units are {B:1, C:0} and {B:0, C:0}.
      paragraphIds: ["p1", "p2"],
      annotations: [
        { authorId: "B", paragraphIds: ["p1"], codeIds: ["Y"] },
        { authorId: "C", paragraphIds: ["p2"], codeIds: [] },
      ],
    },
    // Tagged by one person only: no pair to agree or not, so not counted.
    { paragraphIds: ["p1"], annotations: [{ authorId: "A", paragraphIds: ["p1"], codeIds: ["Z"] }] },
  ];
  const figures = new Map(corpusCodeAgreement(statements).map((f) => [f.codeId, f]));

  it("counts each code over the statements two or more people tagged, with their values only", () => {
    expect([...figures.keys()].sort()).toEqual(["X", "Y"]);
    expect(figures.get("X")).toMatchObject({ units: 2, taggedByAny: 1, statements: 1, annotators: 2 });
    expect(figures.get("X")!.alpha.alpha).toBe(1);
    expect(figures.get("X")!.ac1.ac1).toBe(1);
  });

  it("gives α and AC1 as worked by hand for a disagreement", () => {
    // α: D_o = 2/4, D_e = (3·1·2)/(4·3) = 1/2, so α = 0. AC1: p_a = 1/2, π₁ = 1/4, p_e = 2·(1/4·3/4) = 3/8, AC1 = (1/8)/(5/8) = 1/5.
    const y = figures.get("Y")!;
    expect(y.alpha.alpha).toBeCloseTo(0, 12);
    expect(y.ac1.ac1).toBeCloseTo(0.2, 12);
    expect(y).toMatchObject({ units: 2, taggedByAny: 1, statements: 1, annotators: 2 });
  });
});
