import { cohenKappa, type CohenKappaResult } from "./cohen-kappa.ts";
import { gwetAc1, type GwetAc1Result } from "./gwet-ac1.ts";
import { krippendorffAlpha, type KrippendorffAlphaResult } from "./krippendorff-alpha.ts";
import type { MaybeValue } from "./nominal-value.ts";

export interface Coefficients {
  /** Cohen's κ when exactly two annotators are compared, else null. */
  kappa: CohenKappaResult | null;
  alpha: KrippendorffAlphaResult;
  /** Gwet's AC1, which does not collapse when one value dominates (see gwetAc1). */
  ac1: GwetAc1Result;
}

/** The three coefficients over the same units, each value in annotator order (null where one did not code it). */
export function coefficients(annotators: number, units: ReadonlyArray<ReadonlyArray<MaybeValue>>): Coefficients {
  const kappa = annotators === 2 ? cohenKappa(units.map(([a, b]) => [a, b] as const)) : null;
  return { kappa, alpha: krippendorffAlpha(units), ac1: gwetAc1(units) };
}
