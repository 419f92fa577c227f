import { delegationIndex, delegationKey, type RegistryEntry, resolveDelegation } from "@verbatim/core";
import { AppError } from "../../http/app-error.ts";

const conflict = (message: string, entry?: RegistryEntry) =>
  new AppError("conflict", message, entry ? { key: entry.key, name: entry.name } : null);

/**
 * Names (a new entry's name and aliases, or aliases for `own`) that the registry already resolves to another entry,
 * or to none because two share it: refused, as a shared name would stop resolving at all (core's index maps it to
 * nothing). Returns the names that are new, leaving out those that already resolve to `own`.
 */
export function checkNames(entries: readonly RegistryEntry[], names: readonly string[], own: RegistryEntry | null): string[] {
  const index = delegationIndex(entries);
  const fresh: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const key = delegationKey(name);
    if (key === "") throw new AppError("validation_failed", `"${name}" has no letters or digits to match a delegation by`);
    const exact = index.get(key);
    const match = exact === undefined ? resolveDelegation(entries, name) : exact;
    if (exact === null) throw conflict(`"${name}" is already a name of more than one entry of the registry`);
    if (match && match.entry.key !== own?.key)
      throw conflict(`"${name}" already names ${match.entry.name} (${match.entry.key})`, match.entry);
    if (match || seen.has(key)) continue;
    seen.add(key);
    fresh.push(name.trim());
  }
  return fresh;
}

/** A key or ISO code another entry has. */
export function checkCodes(entries: readonly RegistryEntry[], entry: Pick<RegistryEntry, "key" | "iso2" | "iso3">): void {
  for (const other of entries) {
    if (other.key === entry.key) throw conflict(`the registry has an entry with the key ${entry.key}: ${other.name}`, other);
    if (entry.iso3 && other.iso3 === entry.iso3) throw conflict(`${other.name} has the ISO code ${entry.iso3}`, other);
    if (entry.iso2 && other.iso2 === entry.iso2) throw conflict(`${other.name} has the ISO code ${entry.iso2}`, other);
  }
}
