import { delegationKey } from "@verbatim/core";
import type { DelegationEntry } from "./delegations-query.ts";
import { type DelegationKind, KINDS } from "./registry-kinds.ts";

/** Longer than any name: such a query matches nothing rather than being folded at length. */
const MAX_QUERY_CHARS = 200;

interface IndexedEntry {
  entry: DelegationEntry;
  name: string;
  /** Key and ISO codes, folded. */
  codes: string[];
  aliases: { text: string; folded: string }[];
}

export type SearchIndex = readonly IndexedEntry[];

/**
 * The entries with their names, aliases, key and ISO codes folded as the registry folds names (core's
 * delegationKey: case, accents, spaces and punctuation ignored), so "Peoples Republic of china" finds China.
 */
export function buildSearchIndex(items: readonly DelegationEntry[]): SearchIndex {
  return items.map((entry) => ({
    entry,
    name: delegationKey(entry.name),
    codes: [entry.key, entry.iso2, entry.iso3].flatMap((code) => (code ? [delegationKey(code)] : [])),
    aliases: entry.aliases.map((text) => ({ text, folded: delegationKey(text) })),
  }));
}

export interface SearchHit {
  entry: DelegationEntry;
  /** The alias the query matched, where it did not match the name or a code: shown beside the name. */
  alias: string | null;
}

/** How well an entry matches; lower is better, null for no match. Exact names and codes first, then prefixes. */
function rank(item: IndexedEntry, q: string): { rank: number; alias: string | null } | null {
  if (item.name === q || item.codes.includes(q)) return { rank: 0, alias: null };
  const exactAlias = item.aliases.find((a) => a.folded === q);
  if (exactAlias) return { rank: 1, alias: exactAlias.text };
  if (item.name.startsWith(q)) return { rank: 2, alias: null };
  if (item.codes.some((code) => code.startsWith(q))) return { rank: 3, alias: null };
  const prefixAlias = item.aliases.find((a) => a.folded.startsWith(q));
  if (prefixAlias) return { rank: 4, alias: prefixAlias.text };
  if (item.name.includes(q)) return { rank: 5, alias: null };
  const alias = item.aliases.find((a) => a.folded.includes(q));
  return alias ? { rank: 6, alias: alias.text } : null;
}

const byName = (a: DelegationEntry, b: DelegationEntry) => a.name.localeCompare(b.name, "en");

/** The entries matching a query (all of them, by name, for an empty one), best matches first. */
export function searchEntries(index: SearchIndex, query: string): SearchHit[] {
  if (query.trim() === "") return index.map(({ entry }) => ({ entry, alias: null })).sort((a, b) => byName(a.entry, b.entry));
  if (query.length > MAX_QUERY_CHARS) return [];
  const q = delegationKey(query);
  // Only punctuation: nothing to match on.
  if (q === "") return [];
  return index
    .flatMap((item) => {
      const match = rank(item, q);
      return match ? [{ entry: item.entry, alias: match.alias, rank: match.rank }] : [];
    })
    .sort((a, b) => a.rank - b.rank || byName(a.entry, b.entry))
    .map(({ entry, alias }) => ({ entry, alias }));
}

/** How many hits there are of each kind, for the kind filter's buttons. */
export function kindCounts(hits: readonly SearchHit[]): Record<DelegationKind, number> {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<DelegationKind, number>;
  for (const { entry } of hits) counts[entry.kind] += 1;
  return counts;
}
