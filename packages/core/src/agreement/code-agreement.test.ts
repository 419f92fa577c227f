import { describe, expect, it } from "vitest";
import { codeAgreement, codeKey, type CodedAnnotation } from "./code-agreement.ts";

const topic = (name: string) => ({ type: "topic" as const, name });
const label = (name: string) => ({ type: "label" as const, name });

describe("agreement per code", () => {
  it("gives κ, α and AC1 over paragraph × code units, most used code first, worked by hand", () => {
    const annotations: CodedAnnotation[] = [
      { authorId: "ann", paragraphIds: ["p1"], codes: [topic("drugs"), label("key")] },
      { authorId: "ann", paragraphIds: ["p2", "p3"], codes: [topic("drugs")] },
      { authorId: "bob", paragraphIds: ["p1"], codes: [topic("drugs")] },
      { authorId: "bob", paragraphIds: ["p4"], codes: [topic("firearms")] },
      { authorId: "zed", paragraphIds: ["p4"], codes: [topic("weapons")] },
      { authorId: "bob", paragraphIds: ["p9"], codes: [label("orphaned")] },
    ];
    const figures = codeAgreement(["p1", "p2", "p3", "p4"], ["ann", "bob"], annotations);
    expect(figures.map((f) => codeKey(f.code))).toEqual(["topic:drugs", "label:key", "topic:firearms"]);
    const [drugs] = figures;
    // Units p1–p4 as (ann, bob): (1,1) (1,0) (1,0) (0,0).
    expect(drugs?.counts).toEqual({ units: 4, taggedByAny: 3, taggedByAll: 1, unanimous: 2 });
    // κ: p_o = 1/2, p_e = 3/4·1/4 + 1/4·3/4 = 3/8, κ = 1/5.
    expect(drugs?.kappa?.kappa).toBeCloseTo(1 / 5, 12);
    // α: n = 8 with four 1s, Σ_{c≠k} o_ck = 4; α = 1 − 7·4/(64 − 16 − 16) = 1/8.
    expect(drugs?.alpha.alpha).toBeCloseTo(1 / 8, 12);
    // AC1: p_a = 1/2, π_1 = (1 + 1/2 + 1/2 + 0)/4 = 1/2, p_e = 1/2, AC1 = 0.
    expect(drugs?.ac1.ac1).toBeCloseTo(0, 12);
  });

  it("gives nothing when no compared annotator used a code", () => {
    expect(codeAgreement(["p1"], ["ann", "bob"], [{ authorId: "ann", paragraphIds: ["p1"], codes: [] }])).toEqual([]);
  });

  it("keeps codes apart whose names could run together", () => {
    const figures = codeAgreement(
      ["p1", "p2"],
      ["ann", "bob"],
      [
        { authorId: "ann", paragraphIds: ["p1"], codes: [topic("a\np2")] },
        { authorId: "bob", paragraphIds: ["p2"], codes: [topic("a")] },
      ],
    );
    expect(figures.map((f) => [f.code.name, f.counts.taggedByAny])).toEqual([
      ["a", 1],
      ["a\np2", 1],
    ]);
  });
});
