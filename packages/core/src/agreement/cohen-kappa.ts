import { isCoded, type MaybeValue, type NominalValue } from "./nominal-value.ts";

export interface CohenKappaResult {
  /** null when undefined: no units, or no variation at all (expected agreement 1). */
  kappa: number | null;
  /** p_o, the share of units both annotators put in the same category; null when there are no units. */
  observed: number | null;
  /** p_e, the chance agreement Σ_k p_1k · p_2k from each annotator's own marginals; null when there are no units. */
  expected: number | null;
  /** Units coded by both annotators: the ones the figures are computed over. */
  units: number;
}

/**
 * Cohen's κ for two annotators over the same units, nominal categories (Cohen 1960, "A coefficient of
 * agreement for nominal scales", Educ. Psychol. Meas. 20(1):37–46): κ = (p_o − p_e) / (1 − p_e).
 *
 * Each unit is the pair [first annotator's category, second annotator's]. κ needs both codes, so a unit
 * that either annotator left uncoded (null) is dropped rather than guessed.
 *
 * p_e = 1 happens only when both annotators put every unit in one and the same category, which forces
 * p_o = 1 too, so κ is 0/0. We return null rather than 1: the data have no variation, so they cannot show
 * whether the annotators would tell categories apart (Krippendorff makes the same call for α). A report
 * over "paragraph × kind" units hits this whenever neither annotator used a kind at all, and "κ = 1" there
 * would claim perfect agreement about something nobody tagged.
 */
export function cohenKappa(units: ReadonlyArray<readonly [MaybeValue, MaybeValue]>): CohenKappaResult {
  const first = new Map<NominalValue, number>();
  const second = new Map<NominalValue, number>();
  let count = 0;
  let agreed = 0;
  for (const [a, b] of units) {
    if (!isCoded(a) || !isCoded(b)) continue;
    count += 1;
    if (a === b) agreed += 1;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  if (count === 0) return { kappa: null, observed: null, expected: null, units: 0 };

  const observed = agreed / count;
  let expected = 0;
  for (const [category, n1] of first) expected += (n1 / count) * ((second.get(category) ?? 0) / count);
  // Compare counts rather than the float: p_e = 1 exactly when one category holds every code of both.
  const noVariation = first.size === 1 && second.size === 1 && agreed === count;
  const kappa = noVariation ? null : (observed - expected) / (1 - expected);
  return { kappa, observed, expected: noVariation ? 1 : expected, units: count };
}
