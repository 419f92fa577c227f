import { isCoded, type MaybeValue, type NominalValue } from "./nominal-value.ts";

export interface KrippendorffAlphaResult {
  /** null when undefined: no pairable values, or only one category in the data (D_e = 0). */
  alpha: number | null;
  /** D_o; null when there are no pairable values. */
  observedDisagreement: number | null;
  /** D_e; null when there are no pairable values. */
  expectedDisagreement: number | null;
  /** n, the number of values in pairable units: the total of the coincidence matrix. */
  pairableValues: number;
  /** Units with at least two values; the others cannot be paired and are dropped. */
  units: number;
}

/**
 * Krippendorff's α for nominal data, any number of coders, missing values allowed, computed through the
 * coincidence matrix as in K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), §C:
 *
 *   o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1),   n_c = Σ_k o_ck,   n = Σ_c n_c
 *   D_o = (1/n) · Σ_{c≠k} o_ck,   D_e = 1/(n(n − 1)) · Σ_{c≠k} n_c · n_k,   α = 1 − D_o / D_e
 *
 * where m_u is the number of values in unit u. Nominal δ is 0 on the diagonal and 1 off it, so only the
 * off-diagonal sums are needed: Σ_{c≠k} o_ck is Σ_u (m_u² − Σ_c n_uc²) / (m_u − 1), with n_uc the number
 * of coders who put unit u in category c, and Σ_{c≠k} n_c n_k is n² − Σ_c n_c².
 *
 * `units` holds one array per unit with each coder's value in a fixed coder order (null or undefined
 * where a coder did not code the unit). That is the transpose of Krippendorff's coders × units table;
 * α does not depend on the order of coders or of units.
 *
 * When every pairable value is the same category, D_e = D_o = 0 and α is 0/0: the data show no variation,
 * which Krippendorff treats as no evidence about reliability. We return null for it, as for κ.
 */
export function krippendorffAlpha(units: ReadonlyArray<ReadonlyArray<MaybeValue>>): KrippendorffAlphaResult {
  const totals = new Map<NominalValue, number>();
  let offDiagonal = 0;
  let pairableValues = 0;
  let pairableUnits = 0;
  for (const unit of units) {
    const counts = new Map<NominalValue, number>();
    for (const value of unit) if (isCoded(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    let m = 0;
    let sumOfSquares = 0;
    for (const n of counts.values()) {
      m += n;
      sumOfSquares += n * n;
    }
    if (m < 2) continue;
    pairableUnits += 1;
    pairableValues += m;
    offDiagonal += (m * m - sumOfSquares) / (m - 1);
    for (const [category, n] of counts) totals.set(category, (totals.get(category) ?? 0) + n);
  }

  const n = pairableValues;
  if (n === 0) return { alpha: null, observedDisagreement: null, expectedDisagreement: null, pairableValues: 0, units: 0 };
  let sumOfSquares = 0;
  for (const nc of totals.values()) sumOfSquares += nc * nc;
  const observedDisagreement = offDiagonal / n;
  const expectedDisagreement = (n * n - sumOfSquares) / (n * (n - 1));
  const alpha = totals.size < 2 ? null : 1 - observedDisagreement / expectedDisagreement;
  return { alpha, observedDisagreement, expectedDisagreement, pairableValues: n, units: pairableUnits };
}
