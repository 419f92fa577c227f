/** A figure as the page shows it: two decimals, a true minus sign, or a dash when it is undefined. */
export function formatFigure(value: number | null): string {
  if (value === null || Number.isNaN(value)) return "—";
  const fixed = Math.abs(value).toFixed(2);
  return value < 0 && fixed !== "0.00" ? `−${fixed}` : fixed;
}

/** Landis & Koch (1977): the usual reading of Cohen's κ. */
export function kappaBand(kappa: number | null): string | null {
  if (kappa === null) return null;
  if (kappa < 0) return "poor";
  if (kappa <= 0.2) return "slight";
  if (kappa <= 0.4) return "fair";
  if (kappa <= 0.6) return "moderate";
  if (kappa <= 0.8) return "substantial";
  return "almost perfect";
}

/** Krippendorff (2004): rely on α ≥ 0.800, draw tentative conclusions from 0.667, not below. */
export function alphaReading(alpha: number | null): string | null {
  if (alpha === null) return null;
  if (alpha >= 0.8) return "reliable";
  if (alpha >= 0.667) return "tentative";
  return "too low to rely on";
}

/** "0.62 (substantial)"; "—" when undefined. */
export function kappaFigure(kappa: number | null): string {
  const band = kappaBand(kappa);
  return `${formatFigure(kappa)}${band ? ` (${band})` : ""}`;
}

/** "0.55 (too low to rely on)". */
export function alphaFigure(alpha: number | null): string {
  const reading = alphaReading(alpha);
  return `${formatFigure(alpha)}${reading ? ` (${reading})` : ""}`;
}

/** "Cohen's κ 0.62 (substantial)"; "Cohen's κ —" when undefined. */
export const kappaText = (kappa: number | null): string => `Cohen's κ ${kappaFigure(kappa)}`;

/** "Krippendorff's α 0.55 (too low to rely on)". */
export const alphaText = (alpha: number | null): string => `Krippendorff's α ${alphaFigure(alpha)}`;

/**
 * "Gwet's AC1 0.89". No band: Gwet benchmarks AC1 on Landis and Koch's scale only after allowing for its
 * standard error, which the page does not show, so a band here would claim more than the figure does.
 */
export function ac1Text(ac1: number | null): string {
  return `Gwet's AC1 ${formatFigure(ac1)}`;
}
