import { describe, expect, it } from "vitest";
import type { AnnotationKind } from "../model/taxonomy.ts";
import { attributeAgreement, type AttributeAnnotation } from "./attribute-agreement.ts";

const blocks = ["h1", "p1", "p2", "p3"];
function tag(
  authorId: string,
  kind: AnnotationKind,
  paragraphId: string,
  start: number,
  end: number,
  attributes: Record<string, unknown>,
): AttributeAnnotation {
  return { authorId, kind, target: { paragraphId, start, end }, attributes };
}
const stance = (authorId: string, paragraphId: string, start: number, end: number, value: string) =>
  tag(authorId, "position", paragraphId, start, end, { stance: value, topics: [authorId] });

describe("agreement per attribute", () => {
  it("counts a different stance on the same words as a disagreement on the stance, worked by hand", () => {
    const annotations = [
      stance("ann", "p1", 0, 20, "urges"),
      stance("bob", "p1", 0, 20, "supports"),
      stance("ann", "p2", 0, 10, "supports"),
      stance("bob", "p2", 0, 10, "supports"),
      stance("ann", "p2", 30, 40, "welcomes"),
      stance("bob", "p2", 32, 45, "welcomes"),
      stance("ann", "p3", 0, 5, "notes"),
      tag("ann", "commitment", "p1", 0, 20, { strength: "pledge" }),
      tag("bob", "commitment", "p1", 0, 20, { strength: "pledge" }),
    ];
    const report = attributeAgreement(blocks, ["ann", "bob"], annotations);
    const { kappa, alpha, ac1, counts } = report["position.stance"];
    // Units (ann, bob): (urges, supports) (supports, supports) (welcomes, welcomes) (notes, —).
    expect(counts).toEqual({ units: 4, ratedByAll: 3, unanimous: 2 });
    // κ over the three rated by both: p_o = 2/3; p_e = 1/3·2/3 (supports) + 1/3·1/3 (welcomes) = 1/3; κ = 1/2.
    expect(kappa?.kappa).toBeCloseTo(1 / 2, 12);
    expect(kappa?.units).toBe(3);
    // α: n = 6 (urges 1, supports 3, welcomes 2), Σ_{c≠k} o_ck = 2; α = 1 − 5·2/(36 − 1 − 9 − 4) = 6/11.
    expect(alpha.alpha).toBeCloseTo(6 / 11, 12);
    // AC1: π = 1/8 urges, 3/8 supports, 1/4 welcomes, 1/4 notes (the lone "notes" counts here only);
    // p_e = (7 + 15 + 12 + 12)/64 / 3 = 23/96; p_a = 2/3; AC1 = (64 − 23)/(96 − 23) = 41/73.
    expect(ac1.expected).toBeCloseTo(23 / 96, 12);
    expect(ac1.ac1).toBeCloseTo(41 / 73, 12);
    // One commitment, the same strength: no variation, so no figure rather than a perfect one.
    expect(report["commitment.strength"]).toMatchObject({
      kappa: { kappa: null },
      alpha: { alpha: null },
      ac1: { ac1: null },
      counts: { units: 1, ratedByAll: 1, unanimous: 1 },
    });
    expect(report["cross-reference.target"].counts).toEqual({ units: 0, ratedByAll: 0, unanimous: 0 });
  });

  it("tells a cross-reference's relation from its target", () => {
    const cite = (authorId: string, start: number, relation: string, target: string) =>
      tag(authorId, "cross-reference", "p1", start, start + 5, { relation, target });
    const report = attributeAgreement(
      blocks,
      ["ann", "bob"],
      [
        cite("ann", 0, "cites", "UNTOC"),
        cite("bob", 0, "quotes", "UNTOC"),
        cite("ann", 10, "cites", "UNCAC"),
        cite("bob", 10, "cites", "UNCAC"),
      ],
    );
    expect(report["cross-reference.relation"].counts).toEqual({ units: 2, ratedByAll: 2, unanimous: 1 });
    expect(report["cross-reference.target"].counts).toEqual({ units: 2, ratedByAll: 2, unanimous: 2 });
    expect(report["cross-reference.target"].alpha.alpha).toBe(1);
  });

  it("joins one annotator's different values in a stretch into one category, and leaves out other authors and unplaced tags", () => {
    const report = attributeAgreement(
      blocks,
      ["ann", "bob", "cy"],
      [
        stance("ann", "p1", 0, 10, "urges"),
        stance("ann", "p1", 5, 20, "supports"),
        stance("bob", "p1", 0, 20, "supports"),
        stance("cy", "p1", 0, 20, "supports"),
        stance("zed", "p1", 0, 20, "urges"),
        stance("bob", "p9", 0, 20, "urges"),
        stance("ann", "h1", 0, 4, "notes"),
        stance("cy", "h1", 0, 4, "notes"),
      ],
    );
    const figures = report["position.stance"];
    expect(figures.kappa).toBeNull();
    expect(figures.counts).toEqual({ units: 2, ratedByAll: 1, unanimous: 0 });
    // Units: ("supports + urges", supports, supports) and (notes, —, notes), so α sees 5 values in two units.
    expect(figures.alpha.pairableValues).toBe(5);
    expect(figures.ac1.categories).toBe(3);
  });
});
