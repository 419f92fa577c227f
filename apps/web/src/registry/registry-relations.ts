import { delegationKey } from "@verbatim/core";
import type { DelegationEntry, DelegationRegistry } from "./delegations-query.ts";
import { isState } from "./registry-kinds.ts";

const byName = (a: DelegationEntry, b: DelegationEntry) => a.name.localeCompare(b.name, "en");

/** A group's members as entries, by name; a key the list lacks is kept as the key alone. */
export function membersOf(items: readonly DelegationEntry[], entry: DelegationEntry): (DelegationEntry | string)[] {
  const byKey = new Map(items.map((e) => [e.key, e]));
  const found = entry.members.map((key) => byKey.get(key) ?? key);
  return found.sort((a, b) => (typeof a === "string" || typeof b === "string" ? String(a).localeCompare(String(b)) : byName(a, b)));
}

/** The groups and organisations that list an entry among their members, by name. */
export function groupsOf(items: readonly DelegationEntry[], key: string): DelegationEntry[] {
  return items.filter((e) => e.members.includes(key)).sort(byName);
}

/** The State a member field names: by name, alias, key or ISO code, folded as the registry folds names. */
export function findState(items: readonly DelegationEntry[], text: string): DelegationEntry | null {
  const q = delegationKey(text);
  if (q === "") return null;
  return (
    items.find(
      (e) => isState(e) && [e.name, e.key, e.iso2, e.iso3, ...e.aliases].some((name) => name !== null && delegationKey(name) === q),
    ) ?? null
  );
}

/** The registry with an entry the API returned put in place (replacing the one with its key), for the cache. */
export function withEntry(registry: DelegationRegistry, entry: DelegationEntry): DelegationRegistry {
  const has = registry.items.some((e) => e.key === entry.key);
  const items = has ? registry.items.map((e) => (e.key === entry.key ? entry : e)) : [...registry.items, entry];
  return { ...registry, items };
}
