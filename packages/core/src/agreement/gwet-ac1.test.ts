import { describe, expect, it } from "vitest";
import { cohenKappa } from "./cohen-kappa.ts";
import { gwetAc1 } from "./gwet-ac1.ts";
import { krippendorffAlpha } from "./krippendorff-alpha.ts";
import type { MaybeValue } from "./nominal-value.ts";
import { pick, seededRandom, shuffled } from "./test-random.ts";

const _ = null;

/** Units from a two-rater contingency table: table[i][j] units rated categories[i] by the first rater, categories[j] by the second. */
function fromTable(categories: readonly string[], table: readonly (readonly number[])[]): [string, string][] {
  return table.flatMap((row, i) =>
    row.flatMap((count, j) => Array.from({ length: count }, () => [categories[i], categories[j]] as [string, string])),
  );
}

/** Units from a distribution of raters: row[k] raters put the unit in category k. Which rater gave which value does not matter to AC1 or α. */
const fromDistribution = (rows: readonly (readonly number[])[]): number[][] =>
  rows.map((row) => row.flatMap((count, category) => Array.from({ length: count }, () => category)));

describe("Gwet's AC1", () => {
  // The expected figures below are the printed outputs in the README of the R package irrCAC by K. L. Gwet
  // (github.com/kgwet/irrCAC, README.md at 7fb7509, also its CRAN vignette "overview"); the datasets are the package's own.

  it("matches irrCAC on cac.raw4raters (Gwet 2014, p. 120): 4 raters, 12 units, missing ratings, AC1 = 0.77544", () => {
    // gwet.ac1.raw(cac.raw4raters): pa = 0.8181818, pe = 0.1903212, AC1 = 0.77544 (rounded to 5 places).
    // The same data are Krippendorff's (2011) §C example, where α = 0.743 (krippen.alpha.raw: 0.74342).
    // By hand: 11 units have two ratings or more; 8 are unanimous, units 2 and 8 have 6 of 12 ordered pairs agreeing
    // and unit 6 (1 2 3 4) none, so pa = (8 + 0.5 + 0.5 + 0)/11 = 9/11.
    const raters = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, _],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const units: MaybeValue[][] = (raters[0] ?? []).map((_v, unit) => raters.map((row) => row[unit]));
    const result = gwetAc1(units);
    expect(result.units).toBe(11);
    expect(result.categories).toBe(5);
    expect(result.observed).toBeCloseTo(9 / 11, 12);
    expect(result.expected).toBeCloseTo(0.1903212, 7);
    expect(result.ac1?.toFixed(5)).toBe("0.77544");
    expect(krippendorffAlpha(units).alpha?.toFixed(5)).toBe("0.74342");
  });

  it("matches irrCAC on cont3x3abstractors: two raters, 100 units, AC1 = 0.8493305 beside κ = 0.7964094 and α = 0.7972585", () => {
    const units = fromTable(
      ["Ectopic", "AIU", "NIU"],
      [
        [13, 0, 0],
        [0, 20, 7],
        [0, 4, 56],
      ],
    );
    expect(gwetAc1(units).ac1).toBeCloseTo(0.8493305, 7);
    expect(gwetAc1(units).observed).toBeCloseTo(0.89, 12);
    expect(cohenKappa(units).kappa).toBeCloseTo(0.7964094, 7);
    expect(krippendorffAlpha(units).alpha).toBeCloseTo(0.7972585, 7);
  });

  it("matches irrCAC on distrib.6raters: 6 raters, 15 units, 5 categories, AC1 = 0.4448007", () => {
    // gwet.ac1.dist: pa = 0.5511111, pe = 0.1914815, AC1 = 0.4448007; krippen.alpha.dist: α = 0.4204384.
    const units = fromDistribution([
      [0, 0, 0, 6, 0],
      [0, 3, 0, 0, 3],
      [0, 1, 4, 0, 1],
      [0, 0, 0, 0, 6],
      [0, 3, 0, 3, 0],
      [2, 0, 4, 0, 0],
      [0, 0, 4, 0, 2],
      [2, 0, 3, 1, 0],
      [2, 0, 0, 4, 0],
      [0, 0, 0, 0, 6],
      [1, 0, 0, 5, 0],
      [1, 1, 0, 4, 0],
      [0, 3, 3, 0, 0],
      [1, 0, 0, 5, 0],
      [0, 2, 0, 3, 1],
    ]);
    const result = gwetAc1(units);
    expect(result.observed).toBeCloseTo(0.5511111, 7);
    expect(result.expected).toBeCloseTo(0.1914815, 7);
    expect(result.ac1).toBeCloseTo(0.4448007, 7);
    expect(krippendorffAlpha(units).alpha).toBeCloseTo(0.4204384, 7);
  });

  it("stays high where κ and α fall below zero because one value dominates (the kappa paradox)", () => {
    // 100 units: 90 both yes, 5 yes/no, 5 no/yes, none both no. p_a = 0.9.
    // κ: p_e = 0.95² + 0.05² = 0.905, κ = (0.9 − 0.905)/0.095 = −1/19.
    // α: n = 200 values (190 yes, 10 no), Σ_{c≠k} o_ck = 20; α = 1 − 199·20/(200² − 190² − 10²) = 1 − 3980/3800 = −9/190.
    // AC1: π_yes = 0.95, π_no = 0.05, p_e = 2·0.95·0.05/(2 − 1) = 0.095, AC1 = (0.9 − 0.095)/0.905 = 161/181 ≈ 0.89.
    const units = fromTable(
      ["yes", "no"],
      [
        [90, 5],
        [5, 0],
      ],
    );
    expect(cohenKappa(units).kappa).toBeCloseTo(-1 / 19, 12);
    expect(krippendorffAlpha(units).alpha).toBeCloseTo(-9 / 190, 12);
    const result = gwetAc1(units);
    expect(result.observed).toBeCloseTo(0.9, 12);
    expect(result.expected).toBeCloseTo(0.095, 12);
    expect(result.ac1).toBeCloseTo(161 / 181, 12);
  });

  it("is undefined (null) without a unit rated twice or with one category only", () => {
    expect(gwetAc1([[1, _], [_, 2], []])).toEqual({ ac1: null, observed: null, expected: 0.5, units: 0, categories: 2 });
    expect(
      gwetAc1([
        ["x", "x"],
        ["x", "x", "x"],
      ]),
    ).toEqual({ ac1: null, observed: 1, expected: null, units: 2, categories: 1 });
  });

  it("is 1 for perfect agreement, and counts a unit rated once in π but not in p_a", () => {
    expect(
      gwetAc1([
        ["a", "a"],
        ["b", "b"],
      ]).ac1,
    ).toBe(1);
    // π_a = (1 + 1/2 + 1)/3 = 5/6, π_b = 1/6: p_e = 2·(5/6)(1/6) = 5/18; p_a = 1/2 over the two pairable units;
    // AC1 = (1/2 − 5/18)/(13/18) = 4/13. Without the lone "a", π_a = 3/4, p_e = 3/8 and AC1 = 1/5.
    const result = gwetAc1([["a", "a"], ["a", "b"], ["a"]]);
    expect(result.units).toBe(2);
    expect(result.expected).toBeCloseTo(5 / 18, 12);
    expect(result.ac1).toBeCloseTo(4 / 13, 12);
    expect(
      gwetAc1([
        ["a", "a"],
        ["a", "b"],
      ]).ac1,
    ).toBeCloseTo(1 / 5, 12);
  });

  it("does not depend on the order of raters or units, and never exceeds 1", () => {
    const random = seededRandom(2008);
    for (let round = 0; round < 40; round += 1) {
      const raters = 2 + Math.floor(random() * 4);
      const data = Array.from({ length: 2 + Math.floor(random() * 25) }, () =>
        Array.from({ length: raters }, () => (random() < 0.2 ? _ : pick(random, ["a", "b", "c"]))),
      );
      const { ac1 } = gwetAc1(data);
      const reordered = gwetAc1(shuffled(random, data).map((unit) => [...unit].reverse())).ac1;
      if (ac1 === null) {
        expect(reordered).toBeNull();
        continue;
      }
      expect(reordered).toBeCloseTo(ac1, 12);
      expect(ac1).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
});
