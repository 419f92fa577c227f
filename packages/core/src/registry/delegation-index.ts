import { delegationKey } from "./delegation-key.ts";
import type { RegistryEntry, RegistryMatch } from "./registry-types.ts";

/**
 * Folded key → match, built once per registry so resolving is a few map look-ups. A key that two
 * entries share maps to null: an admin-added alias that collides must make the name unresolvable,
 * not resolve to whichever entry came first. ISO alpha-3 codes are indexed after names and aliases
 * and only where no name or alias has the key ("NAM" is the Non-Aligned Movement, not Namibia);
 * alpha-2 codes are not indexed at all, as too many are words or acronyms ("AU", "IN", "TO").
 */
export type DelegationIndex = ReadonlyMap<string, RegistryMatch | null>;

export function delegationIndex(registry: readonly RegistryEntry[]): DelegationIndex {
  const index = new Map<string, RegistryMatch | null>();
  const add = (key: string, match: RegistryMatch): void => {
    if (key === "") return;
    const existing = index.get(key);
    if (existing === undefined) index.set(key, match);
    else if (existing !== null && existing.entry !== match.entry) index.set(key, null);
  };
  for (const entry of registry) {
    add(delegationKey(entry.name), { entry, via: "name" });
    for (const alias of entry.aliases) add(delegationKey(alias), { entry, via: "alias" });
  }
  const codes = new Map<string, RegistryMatch | null>();
  for (const entry of registry) {
    if (entry.iso3 === undefined) continue;
    const key = delegationKey(entry.iso3);
    if (index.has(key)) continue;
    codes.set(key, codes.has(key) ? null : { entry, via: "iso3" });
  }
  for (const [key, match] of codes) index.set(key, match);
  return index;
}
