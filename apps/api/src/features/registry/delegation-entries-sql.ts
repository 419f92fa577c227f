import type { DbOrTx } from "../../db/in-transaction.ts";

/** A row of `delegation_entries`: an entry of the workspace's own, or (with `extends`) aliases for another entry. */
export interface DelegationEntryRow {
  id: string;
  key: string;
  name: string;
  kind: string;
  iso2: string | null;
  iso3: string | null;
  aliases: string[];
  members: string[];
  extends: string | null;
  /** ISO time of the last change: with the ID, what the cached registry is checked against. */
  updatedAt: string;
}

/** The workspace's rows, oldest first (there are few: a workspace adds a handful of entries and spellings). */
export async function readDelegationEntries(db: DbOrTx, workspaceId: string): Promise<DelegationEntryRow[]> {
  return db.$queryRaw<DelegationEntryRow[]>`
    SELECT id, key, name, kind, iso2, iso3, aliases, members, extends,
      to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
    FROM delegation_entries WHERE workspace_id = ${workspaceId}::uuid
    ORDER BY created_at, key`;
}

/** Adds to the registry one at a time per workspace, so two admins cannot add the same alias to two entries at once. */
export async function lockWorkspaceRegistry(tx: DbOrTx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('delegation_entries'), hashtext(${workspaceId}))`;
}

export async function insertDelegationEntry(
  tx: DbOrTx,
  row: Omit<DelegationEntryRow, "id" | "updatedAt"> & { workspaceId: string; createdById: string },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO delegation_entries
      (id, workspace_id, key, name, kind, iso2, iso3, aliases, members, extends, created_by_id, updated_at)
    VALUES (gen_random_uuid(), ${row.workspaceId}::uuid, ${row.key}, ${row.name}, ${row.kind}, ${row.iso2}, ${row.iso3},
      ${row.aliases}::text[], ${row.members}::text[], ${row.extends}, ${row.createdById}::uuid, now())`;
}

/** Appends aliases to the workspace's row for `key` (its own entry, or its aliases for a built-in one). */
export async function appendDelegationAliases(tx: DbOrTx, q: { workspaceId: string; key: string; aliases: string[] }): Promise<void> {
  await tx.$executeRaw`
    UPDATE delegation_entries SET aliases = aliases || ${q.aliases}::text[], updated_at = now()
    WHERE workspace_id = ${q.workspaceId}::uuid AND key = ${q.key}`;
}
