import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff-alpha.ts";
import type { MaybeValue } from "./nominal-value.ts";
import { pick, seededRandom, shuffled } from "./test-random.ts";

const _ = null;
/** Krippendorff lays reliability data out as coders × units; krippendorffAlpha takes units × coders. */
const byUnit = (coders: readonly (readonly MaybeValue[])[]): MaybeValue[][] =>
  (coders[0] ?? []).map((_value, unit) => coders.map((row) => row[unit]));

describe("Krippendorff's alpha (nominal)", () => {
  it("matches Krippendorff (2011), 'Computing Krippendorff's Alpha-Reliability', §C: 4 observers, 12 units, missing data", () => {
    // Unit 12 has one value and is dropped, leaving n = 40 pairable values in 11 units. By hand: Σ_{c≠k} o_ck = 8,
    // so D_o = 8/40 = 0.2; n_c = 9, 13, 10, 5, 3 for values 1–5, so Σ_{c≠k} n_c n_k = 40² − 384 = 1216 and
    // D_e = 1216/(40·39); α = 1 − 39·8/1216 = 0.743 (the paper's α_nominal = 0.743).
    const data = byUnit([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    const result = krippendorffAlpha(data);
    expect(result.units).toBe(11);
    expect(result.pairableValues).toBe(40);
    expect(result.observedDisagreement).toBeCloseTo(0.2, 12);
    expect(result.expectedDisagreement).toBeCloseTo(1216 / 1560, 12);
    expect(result.alpha).toBeCloseTo(1 - 312 / 1216, 12);
    expect(result.alpha?.toFixed(3)).toBe("0.743");
  });

  it("matches Krippendorff (2011), §A: binary data, two observers, 10 units, α = 0.095", () => {
    // Coincidences by hand: o_00 = 10, o_01 = o_10 = 4, o_11 = 2; n_0 = 14, n_1 = 6, n = 20.
    // α = 1 − (n − 1)·o_01/(n_0·n_1) = 1 − 19·4/84 = 0.0952.
    const data = byUnit([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    const result = krippendorffAlpha(data);
    expect(result.pairableValues).toBe(20);
    expect(result.alpha).toBeCloseTo(1 - 76 / 84, 12);
    expect(result.alpha?.toFixed(3)).toBe("0.095");
  });

  it("matches Krippendorff (2011), §B: nominal data, two observers, 12 units, α = 0.692", () => {
    // Three units disagree (a/b, d/b, a/d), so Σ_{c≠k} o_ck = 6 over n = 24 values; n_c = 4, 6, 6, 6, 2 for a–e,
    // so Σ_{c≠k} n_c n_k = 576 − 128 = 448 and α = 1 − 23·6/448 = 0.692.
    const data = byUnit([
      ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"],
      ["b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"],
    ]);
    const result = krippendorffAlpha(data);
    expect(result.alpha).toBeCloseTo(1 - 138 / 448, 12);
    expect(result.alpha?.toFixed(3)).toBe("0.692");
  });

  it("is undefined (null) without pairable values or without variation", () => {
    expect(krippendorffAlpha([[1, _], [_, 2], []])).toEqual({
      alpha: null,
      observedDisagreement: null,
      expectedDisagreement: null,
      pairableValues: 0,
      units: 0,
    });
    expect(
      krippendorffAlpha([
        ["x", "x"],
        ["x", "x", "x"],
      ]),
    ).toMatchObject({ alpha: null, observedDisagreement: 0, expectedDisagreement: 0 });
  });

  describe("properties", () => {
    const random = seededRandom(2011);
    const categories = ["a", "b", "c", "d"];
    const randomData = (coders: number, units: number, missing: number): MaybeValue[][] =>
      Array.from({ length: units }, () => Array.from({ length: coders }, () => (random() < missing ? _ : pick(random, categories))));
    const rounds = Array.from({ length: 40 }, (_value, i) => i);

    it("gives 1 for perfect agreement whenever the data vary", () => {
      for (const _round of rounds) {
        const coders = 2 + Math.floor(random() * 4);
        const data = Array.from({ length: 3 + Math.floor(random() * 20) }, (_v, unit) => {
          const value = categories[unit % 2 === 0 ? 0 : 1 + Math.floor(random() * 3)];
          return Array.from({ length: coders }, (_w, coder) => (coder < 2 || random() > 0.3 ? value : _));
        });
        expect(krippendorffAlpha(data).alpha).toBe(1);
      }
    });

    it("does not depend on the order of coders or of units", () => {
      for (const _round of rounds) {
        const data = randomData(2 + Math.floor(random() * 4), 2 + Math.floor(random() * 25), 0.25);
        const alpha = krippendorffAlpha(data).alpha;
        const order = shuffled(random, data[0]?.map((_v, i) => i) ?? []);
        const codersShuffled = krippendorffAlpha(data.map((unit) => order.map((i) => unit[i]))).alpha;
        const unitsShuffled = krippendorffAlpha(shuffled(random, data)).alpha;
        if (alpha === null) {
          expect([codersShuffled, unitsShuffled]).toEqual([null, null]);
          continue;
        }
        expect(codersShuffled).toBeCloseTo(alpha, 12);
        expect(unitsShuffled).toBeCloseTo(alpha, 12);
      }
    });

    it("ignores units with fewer than two values and coders who coded nothing", () => {
      for (const _round of rounds) {
        const data = randomData(3, 2 + Math.floor(random() * 20), 0.3);
        const before = krippendorffAlpha(data);
        const padded = [...data.map((unit) => [...unit, _]), [_, pick(random, categories), _, _], [_, _, _, _]];
        const after = krippendorffAlpha(padded);
        expect(after.units).toBe(before.units);
        expect(after.pairableValues).toBe(before.pairableValues);
        if (before.alpha === null) expect(after.alpha).toBeNull();
        else expect(after.alpha).toBeCloseTo(before.alpha, 12);
      }
    });

    it("stays within its range: at most 1, and D_o ≥ 0", () => {
      for (const _round of rounds) {
        const result = krippendorffAlpha(randomData(2 + Math.floor(random() * 3), 2 + Math.floor(random() * 15), 0.2));
        if (result.alpha !== null) expect(result.alpha).toBeLessThanOrEqual(1 + 1e-12);
        if (result.observedDisagreement !== null) expect(result.observedDisagreement).toBeGreaterThanOrEqual(0);
      }
    });
  });
});
