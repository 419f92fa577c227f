import { isCoded, type MaybeValue, type NominalValue } from "./nominal-value.ts";

export interface GwetAc1Result {
  /** null when undefined: no unit with two ratings, or fewer than two categories in the data. */
  ac1: number | null;
  /** p_a, the share of agreeing rater pairs, averaged over units with two or more ratings; null without such units. */
  observed: number | null;
  /** p_e = Σ_k π_k(1 − π_k) / (q − 1); null when it is undefined (no ratings, or q < 2). */
  expected: number | null;
  /** Units with two or more ratings: the ones p_a is averaged over. */
  units: number;
  /** q, the categories that occur in the data. */
  categories: number;
}

/**
 * Gwet's AC1 for nominal data, any number of raters, ratings may be missing (K. L. Gwet, "Computing inter-rater
 * reliability and its variance in the presence of high agreement", Br. J. Math. Stat. Psychol. 61 (2008) 29–48;
 * Handbook of Inter-Rater Reliability, 4th ed. (2014), ch. 2 and 4), with r_i the ratings of unit i and r_ik
 * those in category k:
 *
 *   p_a = (1/n′) Σ_{i: r_i ≥ 2} Σ_k r_ik (r_ik − 1) / (r_i (r_i − 1))     over the n′ units with two ratings or more
 *   π_k = (1/n) Σ_{i: r_i ≥ 1} r_ik / r_i                                 over the n units rated at all
 *   p_e = Σ_k π_k (1 − π_k) / (q − 1),   AC1 = (p_a − p_e) / (1 − p_e)
 *
 * This is what the R package irrCAC's gwet.ac1.raw computes (kgwet/irrCAC, R/agree.coeff3.raw.r): q is the
 * number of categories that occur, and a unit with one rating counts in π_k but not in p_a.
 *
 * Why beside κ and α: their chance agreement grows towards 1 as one category dominates, so two raters who
 * agree on 90 units of 100 can get κ ≈ 0 (the "kappa paradox"). AC1's chance term is largest when categories
 * are equally common and small when one dominates, so it stays near p_a there.
 *
 * With one category only, p_e is 0/0 and AC1 undefined (null), as κ and α are without variation. For q ≥ 2,
 * p_e ≤ 1/q < 1, so AC1 is always defined.
 */
export function gwetAc1(units: ReadonlyArray<ReadonlyArray<MaybeValue>>): GwetAc1Result {
  const shares = new Map<NominalValue, number>();
  let rated = 0;
  let pairable = 0;
  let agreement = 0;
  for (const unit of units) {
    const counts = new Map<NominalValue, number>();
    let r = 0;
    for (const value of unit) {
      if (!isCoded(value)) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      r += 1;
    }
    if (r === 0) continue;
    rated += 1;
    for (const [category, n] of counts) shares.set(category, (shares.get(category) ?? 0) + n / r);
    if (r < 2) continue;
    pairable += 1;
    let agreeingPairs = 0;
    for (const n of counts.values()) agreeingPairs += n * (n - 1);
    agreement += agreeingPairs / (r * (r - 1));
  }

  const q = shares.size;
  const observed = pairable === 0 ? null : agreement / pairable;
  let spread = 0;
  for (const share of shares.values()) {
    const pi = share / rated;
    spread += pi * (1 - pi);
  }
  const expected = q < 2 ? null : spread / (q - 1);
  const ac1 = observed === null || expected === null ? null : (observed - expected) / (1 - expected);
  return { ac1, observed, expected, units: pairable, categories: q };
}
