import type { DelegationEntry } from "@verbatim/contract";
import type { RegistryEntry } from "@verbatim/core";
import { isBuiltInKey } from "./workspace-registry.ts";

export const presentDelegation = (entry: RegistryEntry): DelegationEntry => ({
  key: entry.key,
  name: entry.name,
  kind: entry.kind,
  iso2: entry.iso2 ?? null,
  iso3: entry.iso3 ?? null,
  aliases: [...entry.aliases],
  members: [...(entry.members ?? [])],
  builtIn: isBuiltInKey(entry.key),
});
