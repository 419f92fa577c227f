import { type RegistryEntry, resolveDelegation } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { workspaceRegistry } from "./workspace-registry.ts";

export interface SpeakerFields {
  delegation?: string | null | undefined;
  onBehalfOf?: string | null | undefined;
}

/** Pure: the fields with `delegation` and `onBehalfOf` as their registry entry's name where they name one. */
export function normaliseSpeakersIn<T extends SpeakerFields>(registry: readonly RegistryEntry[], fields: T): T {
  const out = { ...fields };
  for (const field of ["delegation", "onBehalfOf"] as const) {
    const value = fields[field];
    if (!value) continue;
    const match = resolveDelegation(registry, value);
    if (match) out[field] = match.entry.name;
  }
  return out;
}

/**
 * The one rule for who a statement is spoken by and for: `delegation` and `onBehalfOf` become the name of the
 * workspace registry's entry they resolve to ("People's Republic of China" → "China", "G-77" → "Group of 77 and
 * China"); a name the registry does not know, or one it cannot tell apart ("Korea"), stays as typed, and an empty
 * or absent value stays as it is. Applied where statements are stored (every import's insert, the metadata edit)
 * and to the import preview's hints. Statements stored before the registry (or before an entry was added) keep
 * their text until someone edits the field or an admin normalises them (normalise-statements.ts).
 */
export async function normaliseSpeakers<T extends SpeakerFields>(db: DbOrTx, workspaceId: string, fields: T): Promise<T> {
  const [normalised] = await normaliseSpeakersOfMany(db, workspaceId, [fields]);
  return normalised!;
}

/** The same rule for many (a record's turns), reading the registry once. */
export async function normaliseSpeakersOfMany<T extends SpeakerFields>(db: DbOrTx, workspaceId: string, items: readonly T[]): Promise<T[]> {
  if (!items.some((fields) => fields.delegation || fields.onBehalfOf)) return [...items];
  const { entries } = await workspaceRegistry(db, workspaceId);
  return items.map((fields) => normaliseSpeakersIn(entries, fields));
}
