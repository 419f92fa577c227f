import { describe, expect, it } from "vitest";
import { agreementReport, type AgreementReport, type AgreementReportInput } from "./agreement-report.ts";
import type { AgreementInput } from "./agreement-units.ts";

const twoAnnotators: AgreementInput = {
  paragraphIds: ["p1", "p2", "p3", "p4"],
  annotatorIds: ["ann", "bob"],
  annotations: [
    { authorId: "ann", kind: "position", paragraphIds: ["p1"] },
    { authorId: "ann", kind: "position", paragraphIds: ["p2", "p3"] },
    { authorId: "ann", kind: "commitment", paragraphIds: ["p4"] },
    { authorId: "bob", kind: "position", paragraphIds: ["p1"] },
    { authorId: "bob", kind: "position", paragraphIds: ["p3"] },
    { authorId: "bob", kind: "cross-reference", paragraphIds: ["p4"] },
  ],
};

function report(input: AgreementReportInput): AgreementReport {
  const result = agreementReport(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("agreement report", () => {
  it("gives κ and α per kind, worked by hand", () => {
    // Position units p1–p4 as (ann, bob): (1,1) (1,0) (1,1) (0,0).
    // κ: p_o = 3/4, p_e = 3/4·2/4 + 1/4·2/4 = 1/2, κ = 1/2.
    // α: n = 8 with five 1s and three 0s; one disagreeing unit gives Σ_{c≠k} o_ck = 2; α = 1 − 7·2/(64 − 25 − 9) = 16/30.
    const { position, commitment } = report(twoAnnotators).byKind;
    expect(position.kappa?.kappa).toBeCloseTo(0.5, 12);
    expect(position.alpha.alpha).toBeCloseTo(16 / 30, 12);
    // AC1: p_a = 3/4; π_1 = (1 + 1/2 + 1 + 0)/4 = 5/8, p_e = 2·(5/8)(3/8) = 15/32; AC1 = (24 − 15)/(32 − 15) = 9/17.
    expect(position.ac1.ac1).toBeCloseTo(9 / 17, 12);
    // Commitment: (0,0) (0,0) (0,0) (1,0): p_o = 3/4 = p_e, κ = 0; α = 1 − 7·2/(64 − 1 − 49) = 0.
    expect(commitment.kappa?.kappa).toBeCloseTo(0, 12);
    expect(commitment.alpha.alpha).toBeCloseTo(0, 12);
    expect(position.counts).toEqual({
      units: 4,
      taggedByAny: 3,
      taggedByAll: 2,
      unanimous: 3,
      perAnnotator: [
        { annotatorId: "ann", tagged: 3 },
        { annotatorId: "bob", tagged: 2 },
      ],
    });
  });

  it("gives overall figures over all paragraph × kind units, not an average of the kinds", () => {
    // 12 units, 3 disagreeing; ann tagged 4, bob 3. κ: p_o = 9/12, p_e = 4/12·3/12 + 8/12·9/12 = 84/144, κ = 0.4.
    // α: n = 24 with seven 1s; Σ_{c≠k} o_ck = 6; α = 1 − 23·6/(576 − 49 − 289) = 100/238.
    const { overall } = report(twoAnnotators);
    expect(overall.kappa?.kappa).toBeCloseTo(0.4, 12);
    expect(overall.alpha.alpha).toBeCloseTo(100 / 238, 12);
    expect(overall.counts).toMatchObject({ units: 12, taggedByAny: 5, taggedByAll: 2, unanimous: 9 });
  });

  it("gives overall figures over the kinds asked for only", () => {
    // Position and commitment units: 8, two disagreeing (p2 position, p4 commitment); ann tagged 4, bob 2.
    // κ: p_o = 6/8, p_e = 4/8·2/8 + 4/8·6/8 = 1/2, κ = 1/2. α: n = 16 with six 1s; Σ_{c≠k} o_ck = 4; α = 1 − 15·4/(256 − 36 − 100) = 1/2.
    const { overall, byKind } = report({ ...twoAnnotators, kinds: ["position", "commitment"] });
    expect(overall.kappa?.kappa).toBeCloseTo(0.5, 12);
    expect(overall.alpha.alpha).toBeCloseTo(0.5, 12);
    expect(overall.counts.units).toBe(8);
    expect(byKind).toEqual(report(twoAnnotators).byKind);
  });

  it("leaves a kind nobody used undefined rather than perfect", () => {
    const crossReference = report({ ...twoAnnotators, annotations: twoAnnotators.annotations.slice(0, 5) }).byKind["cross-reference"];
    expect(crossReference.kappa?.kappa).toBeNull();
    expect(crossReference.alpha.alpha).toBeNull();
    expect(crossReference.counts.taggedByAny).toBe(0);
  });

  it("gives α but no κ for three annotators", () => {
    const three = report({
      paragraphIds: ["p1", "p2"],
      annotatorIds: ["ann", "bob", "cy"],
      annotations: [
        { authorId: "ann", kind: "position", paragraphIds: ["p1"] },
        { authorId: "bob", kind: "position", paragraphIds: ["p1"] },
        { authorId: "cy", kind: "position", paragraphIds: ["p1"] },
      ],
    });
    expect(three.overall.kappa).toBeNull();
    expect(three.byKind.position.alpha.alpha).toBe(1);
    expect(three.overall.alpha.alpha).toBe(1);
    expect(three.overall.counts.perAnnotator.map((entry) => entry.tagged)).toEqual([1, 1, 1]);
  });

  it("adds agreement per attribute on the words tagged, and per code", () => {
    const same = { paragraphId: "p1", start: 0, end: 9 };
    const result = report({
      paragraphIds: ["p1", "p2"],
      blockIds: ["h1", "p1", "p2"],
      annotatorIds: ["ann", "bob"],
      annotations: [
        {
          authorId: "ann",
          kind: "position",
          paragraphIds: ["p1"],
          target: same,
          attributes: { stance: "urges" },
          codes: [{ type: "topic", name: "drugs" }],
        },
        {
          authorId: "bob",
          kind: "position",
          paragraphIds: ["p1"],
          target: same,
          attributes: { stance: "supports" },
          codes: [{ type: "topic", name: "drugs" }],
        },
        { authorId: "ann", kind: "position", paragraphIds: ["p2"] },
      ],
    });
    // The paragraph × kind units agree on p1, so only the stance shows the disagreement.
    expect(result.byKind.position.counts.unanimous).toBe(1);
    expect(result.byAttribute["position.stance"].counts).toEqual({ units: 1, ratedByAll: 1, unanimous: 0 });
    expect(result.byAttribute["position.stance"].kappa?.observed).toBe(0);
    expect(result.byCode.map((f) => [f.code.name, f.counts.taggedByAll])).toEqual([["drugs", 1]]);
  });

  it("refuses fewer than two distinct annotators", () => {
    expect(agreementReport({ paragraphIds: ["p1"], annotatorIds: ["ann", "ann"], annotations: [] })).toEqual({
      ok: false,
      error: { code: "too_few_annotators", message: "agreement needs at least two annotators" },
    });
  });
});
