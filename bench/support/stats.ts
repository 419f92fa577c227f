export const median = (xs: number[]): number => quantile(xs, 0.5);

/** Nearest-rank quantile. */
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const ms = (x: number): string => `${x.toFixed(1)} ms`;
