import { DEFAULT_DELEGATION_REGISTRY, type RegistryEntry, type RegistryKind } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { type DelegationEntryRow, readDelegationEntries } from "./delegation-entries-sql.ts";

/** A workspace's registry: the built-in entries, with the workspace's added aliases merged in, then its own entries. */
export interface WorkspaceRegistry {
  entries: readonly RegistryEntry[];
  /** The rows it was built from (the workspace's own entries and extensions), by key. */
  rows: ReadonlyMap<string, DelegationEntryRow>;
}

const BUILT_IN_KEYS: ReadonlySet<string> = new Set(DEFAULT_DELEGATION_REGISTRY.map((entry) => entry.key));
export const isBuiltInKey = (key: string): boolean => BUILT_IN_KEYS.has(key);

const toEntry = (row: DelegationEntryRow): RegistryEntry => ({
  key: row.key,
  name: row.name,
  kind: row.kind as RegistryKind,
  ...(row.iso2 ? { iso2: row.iso2 } : {}),
  ...(row.iso3 ? { iso3: row.iso3 } : {}),
  aliases: row.aliases,
  ...(row.members.length > 0 ? { members: row.members } : {}),
});

/** Pure: the built-in registry with the rows merged in (an extension's aliases join its entry). */
export function mergeRegistry(rows: readonly DelegationEntryRow[]): WorkspaceRegistry {
  const added = new Map<string, string[]>();
  for (const row of rows) if (row.extends !== null) added.set(row.extends, [...(added.get(row.extends) ?? []), ...row.aliases]);
  const builtIn = DEFAULT_DELEGATION_REGISTRY.map((entry) => {
    const more = added.get(entry.key);
    return more ? { ...entry, aliases: [...entry.aliases, ...more] } : entry;
  });
  const own = rows.filter((row) => row.extends === null).map(toEntry);
  return { entries: [...builtIn, ...own], rows: new Map(rows.map((row) => [row.key, row])) };
}

const EMPTY: WorkspaceRegistry = { entries: DEFAULT_DELEGATION_REGISTRY, rows: new Map() };
const MAX_CACHED = 500;
const cache = new Map<string, { signature: string; registry: WorkspaceRegistry }>();

/**
 * The workspace's registry. Its rows are read on every call (a few rows on an index: cheaper than telling other
 * API instances about an add), and the merged registry is reused while they are unchanged (same IDs and times), so
 * core's index of it (built once per array, about a millisecond for the ~230 built-in entries) is built once per
 * change, not per statement.
 */
export async function workspaceRegistry(db: DbOrTx, workspaceId: string): Promise<WorkspaceRegistry> {
  const rows = await readDelegationEntries(db, workspaceId);
  if (rows.length === 0) return EMPTY;
  const signature = rows.map((row) => `${row.id}@${row.updatedAt}`).join(",");
  const cached = cache.get(workspaceId);
  if (cached?.signature === signature) return cached.registry;
  const registry = mergeRegistry(rows);
  cache.delete(workspaceId);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(workspaceId, { signature, registry });
  return registry;
}
