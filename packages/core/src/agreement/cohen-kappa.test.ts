import { describe, expect, it } from "vitest";
import { cohenKappa } from "./cohen-kappa.ts";
import { pick, seededRandom, shuffled } from "./test-random.ts";

/** Builds units from a contingency table: table[i][j] units coded categories[i] by the first annotator, categories[j] by the second. */
function fromTable(categories: readonly string[], table: readonly (readonly number[])[]): [string, string][] {
  return table.flatMap((row, i) =>
    row.flatMap((count, j) => Array.from({ length: count }, () => [categories[i], categories[j]] as [string, string])),
  );
}

describe("Cohen's kappa", () => {
  it("matches the worked example on Wikipedia ('Cohen's kappa', Simple example: 50 grant proposals)", () => {
    // A and B say Yes/Yes to 20, No/No to 15, A Yes B No to 5, A No B Yes to 10.
    // p_o = 35/50 = 0.7; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    const result = cohenKappa(
      fromTable(
        ["yes", "no"],
        [
          [20, 5],
          [10, 15],
        ],
      ),
    );
    expect(result.units).toBe(50);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it("matches Cohen's (1960) three-category example: p_o = .70, p_c = .41, κ = .492", () => {
    // Cohen 1960, Table 1, 200 units: diagonal proportions .44, .20, .06; marginals .60/.30/.10 for one judge and
    // .50/.30/.20 for the other. κ depends only on the diagonal and the marginals; the off-diagonal cells below are a
    // split consistent with them. p_e = .6·.5 + .3·.3 + .1·.2 = .41; κ = (.70 − .41)/(1 − .41) = .29/.59 = .4915…
    const table = [
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ];
    const result = cohenKappa(fromTable(["1", "2", "3"], table));
    expect(result.units).toBe(200);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.41, 12);
    expect(result.kappa).toBeCloseTo(0.29 / 0.59, 12);
    expect(result.kappa?.toFixed(3)).toBe("0.492");
  });

  it("agrees with a hand count on Krippendorff's (2011) binary two-observer data", () => {
    // A: 0 1 0 0 0 0 0 0 1 0; B: 1 1 1 0 0 1 0 0 0 0. p_o = 6/10; A's marginals .8/.2, B's .6/.4;
    // p_e = .8·.6 + .2·.4 = .56; κ = .04/.44 = 1/11.
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const result = cohenKappa(a.map((value, i) => [value, b[i]] as const));
    expect(result.kappa).toBeCloseTo(1 / 11, 12);
  });

  it("is 1 for perfect agreement with variation, and null when the data have no variation", () => {
    expect(
      cohenKappa([
        ["a", "a"],
        ["b", "b"],
        ["c", "c"],
      ]).kappa,
    ).toBe(1);
    expect(
      cohenKappa([
        [0, 0],
        [0, 0],
      ]),
    ).toEqual({ kappa: null, observed: 1, expected: 1, units: 2 });
  });

  it("is 0 at chance and negative below it", () => {
    expect(
      cohenKappa(
        fromTable(
          ["x", "y"],
          [
            [1, 1],
            [1, 1],
          ],
        ),
      ).kappa,
    ).toBe(0);
    expect(
      cohenKappa([
        ["x", "y"],
        ["y", "x"],
      ]).kappa,
    ).toBe(-1);
  });

  it("drops units that either annotator left uncoded", () => {
    const result = cohenKappa([
      ["a", "a"],
      ["b", "b"],
      ["a", null],
      [undefined, "b"],
      [null, null],
    ]);
    expect(result).toEqual({ kappa: 1, observed: 1, expected: 0.5, units: 2 });
    expect(cohenKappa([[null, "a"]])).toEqual({ kappa: null, observed: null, expected: null, units: 0 });
  });

  it("does not depend on which annotator is first or on the order of units", () => {
    const random = seededRandom(1960);
    for (let round = 0; round < 50; round += 1) {
      const units = Array.from(
        { length: 5 + Math.floor(random() * 30) },
        () => [pick(random, ["a", "b", "c"]), pick(random, ["a", "b", "c"])] as const,
      );
      const kappa = cohenKappa(units).kappa;
      const swapped = cohenKappa(units.map(([a, b]) => [b, a] as const)).kappa;
      const reordered = cohenKappa(shuffled(random, units)).kappa;
      if (kappa === null) {
        expect([swapped, reordered]).toEqual([null, null]);
        continue;
      }
      expect(swapped).toBeCloseTo(kappa, 12);
      expect(reordered).toBeCloseTo(kappa, 12);
    }
  });
});
