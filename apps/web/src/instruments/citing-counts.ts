import type { CitingReference } from "./instrument-query.ts";

export interface CitingCount {
  who: string;
  count: number;
}

/** Who cites, as a citation names them (the delegation, "on behalf of" a group where there is one), most first. */
export function whoCites(r: Pick<CitingReference, "statement">): string {
  const { delegation, onBehalfOf, title } = r.statement;
  if (delegation && onBehalfOf) return `${delegation} on behalf of ${onBehalfOf}`;
  return delegation || onBehalfOf || title;
}

/** How many references each speaker made, most first, then by name. */
export function citingCounts(items: readonly Pick<CitingReference, "statement">[]): CitingCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(whoCites(item), (counts.get(whoCites(item)) ?? 0) + 1);
  return [...counts].map(([who, count]) => ({ who, count })).sort((a, b) => b.count - a.count || a.who.localeCompare(b.who));
}
