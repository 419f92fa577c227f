import type { DelegationEntry } from "./delegations-query.ts";

/** The fields that name who speaks: a delegation (any entry), or the group or organization it speaks for. */
export type SpeakerField = "delegation" | "onBehalfOf";

export interface Suggestion {
  /** What the field takes: the entry's name, which the API stores statements under anyway. */
  value: string;
  /** Shown beside it, and matched by the browser as the name is: its aliases and ISO code ("PRC", "CHN"). */
  label: string;
}

const MAX_ALIASES_SHOWN = 4;

const labelOf = (entry: DelegationEntry): string =>
  [...entry.aliases.slice(0, MAX_ALIASES_SHOWN), ...(entry.iso3 && !entry.aliases.includes(entry.iso3) ? [entry.iso3] : [])].join(" · ");

/** The suggestions for a field, by name: every entry for a delegation, groups and organizations for "on behalf of". */
export function suggestionsFor(items: readonly DelegationEntry[], field: SpeakerField): Suggestion[] {
  return items
    .filter((entry) => field === "delegation" || entry.kind === "group" || entry.kind === "organization")
    .map((entry) => ({ value: entry.name, label: labelOf(entry) }))
    .sort((a, b) => a.value.localeCompare(b.value, "en"));
}
