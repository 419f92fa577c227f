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

/** "Cohen's κ 0.62 (substantial)"; "Cohen's κ —" when undefined. */
export function kappaText(kappa: number | null): string {
  const band = kappaBand(kappa);
  return `Cohen's κ ${formatFigure(kappa)}${band ? ` (${band})` : ""}`;
}

/** "Krippendorff's α 0.55 (too low to rely on)". */
export function alphaText(alpha: number | null): string {
  const reading = alphaReading(alpha);
  return `Krippendorff's α ${formatFigure(alpha)}${reading ? ` (${reading})` : ""}`;
}
