import type { CodeStatus, CodeType } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { CODE_ROW_JSON, type CodeRow } from "./code-row.ts";

export type CodeMatch = "same" | "prefix" | "similar";
export type CodeWithUses = CodeRow & { uses: number; createdByName: string | null; match: CodeMatch | null };

/** The workspace's codes with their live uses, topics then labels, each by name. */
export async function readCodes(
  db: DbOrTx,
  q: {
    workspaceId: string;
    type?: CodeType | undefined;
    status?: CodeStatus | undefined;
    ids?: readonly string[];
    /** Only codes matching what is typed, best first (code_key, so spelling aside as the codebook's rule says). */
    typed?: string | undefined;
  },
): Promise<CodeWithUses[]> {
  const on = [Prisma.sql`c.workspace_id = ${q.workspaceId}::uuid`];
  if (q.type) on.push(Prisma.sql`c.type = ${q.type}::"CodeType"`);
  if (q.status) on.push(Prisma.sql`c.status = ${q.status}::"CodeStatus"`);
  if (q.ids) on.push(Prisma.sql`c.id = ANY(${q.ids}::uuid[])`);
  // same: one key; prefix: the key or the name starts with what is typed; similar: either key holds the other.
  const match = q.typed
    ? Prisma.sql`CASE WHEN c.key = code_key(${q.typed}) THEN 'same'
        WHEN starts_with(c.key, code_key(${q.typed})) OR starts_with(lower(c.name), lower(${q.typed})) THEN 'prefix'
        WHEN strpos(c.key, code_key(${q.typed})) > 0 OR strpos(code_key(${q.typed}), c.key) > 0 THEN 'similar' END`
    : Prisma.sql`NULL`;
  const rows = await db.$queryRaw<{ row: CodeRow; uses: number; created_by_name: string | null; match: CodeMatch | null }[]>`
    SELECT * FROM (
      SELECT ${Prisma.raw(CODE_ROW_JSON)} AS row, u.name AS created_by_name, ${match} AS match,
        (SELECT count(*)::int FROM annotation_codes ac JOIN annotations a ON a.id = ac.annotation_id
         WHERE ac.code_id = c.id AND a.deleted_at IS NULL) AS uses, c.type, lower(c.name) AS sort_name, c.id
      FROM codes c LEFT JOIN users u ON u.id = c.created_by_id
      WHERE ${Prisma.join(on, " AND ")}
    ) x
    WHERE ${q.typed ? Prisma.sql`x.match IS NOT NULL` : Prisma.sql`true`}
    ORDER BY array_position(ARRAY['same', 'prefix', 'similar'], x.match), ${q.typed ? Prisma.sql`x.uses DESC,` : Prisma.empty} x.type, x.sort_name, x.id`;
  return rows.map((r) => ({ ...r.row, uses: r.uses, createdByName: r.created_by_name, match: r.match }));
}

/** One code of the workspace, locked for the rest of the transaction; null when there is none. */
export async function lockCode(tx: DbOrTx, workspaceId: string, id: string): Promise<CodeRow | null> {
  const rows = await tx.$queryRaw<{ row: CodeRow }[]>`
    SELECT ${Prisma.raw(CODE_ROW_JSON)} AS row FROM codes c
    WHERE c.id = ${id}::uuid AND c.workspace_id = ${workspaceId}::uuid FOR UPDATE`;
  return rows[0]?.row ?? null;
}

/** The code of this type whose key the name has, other than `except`. */
export async function codeWithKeyOf(
  tx: DbOrTx,
  q: { workspaceId: string; type: CodeType; name: string; except?: string },
): Promise<{ id: string; name: string } | null> {
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM codes
    WHERE workspace_id = ${q.workspaceId}::uuid AND type = ${q.type}::"CodeType" AND key = code_key(${q.name})
      AND id <> ${q.except ?? "00000000-0000-0000-0000-000000000000"}::uuid`;
  return rows[0] ?? null;
}

/** Whether making `parentId` the parent of `id` keeps the tree a tree (no code its own ancestor). */
export async function wouldLoop(tx: DbOrTx, id: string, parentId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ loops: boolean }[]>`
    WITH RECURSIVE up(id, depth) AS (
      SELECT ${parentId}::uuid, 0
      UNION ALL
      SELECT c.parent_id, up.depth + 1 FROM codes c JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL AND up.depth < 100
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${id}::uuid) AS loops`;
  return rows[0]?.loops ?? false;
}

/** Records a change in the codebook's history. */
export async function insertCodeChange(
  tx: DbOrTx,
  c: { workspaceId: string; codeId: string; action: string; actorId: string; before: unknown; after: unknown; annotations?: number },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO code_changes (id, workspace_id, code_id, action, actor_id, before, after, annotations)
    VALUES (gen_random_uuid(), ${c.workspaceId}::uuid, ${c.codeId}::uuid, ${c.action}, ${c.actorId}::uuid,
            ${c.before === null ? null : JSON.stringify(c.before)}::jsonb, ${c.after === null ? null : JSON.stringify(c.after)}::jsonb,
            ${c.annotations ?? 0})`;
}

/** Writes a code's fields as given, its key from its name (the database's rule), and raises its version. */
export async function writeCodeFields(tx: DbOrTx, c: CodeRow): Promise<void> {
  await tx.$executeRaw`
    UPDATE codes SET name = ${c.name}, key = code_key(${c.name}), parent_id = ${c.parentId}::uuid, definition = ${c.definition},
      guidance_use = ${c.guidanceUse}, guidance_avoid = ${c.guidanceAvoid}, colour = ${c.colour}, status = ${c.status}::"CodeStatus",
      version = version + 1, updated_at = now()
    WHERE id = ${c.id}::uuid`;
}

/** A new code: its own fields (CodeRow) without the ones the database sets, and where and by whom it is made. */
export type NewCode = Pick<CodeRow, "type" | "name" | "parentId" | "definition" | "guidanceUse" | "guidanceAvoid" | "colour" | "status"> & {
  workspaceId: string;
  createdById: string;
};

/** Adds a code, its key by the database's rule (code_key); null when another code of the type has that key. */
export async function insertCode(tx: DbOrTx, c: NewCode): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO codes (id, workspace_id, type, name, key, parent_id, definition, guidance_use, guidance_avoid, colour, status,
                       created_by_id, updated_at)
    VALUES (gen_random_uuid(), ${c.workspaceId}::uuid, ${c.type}::"CodeType", ${c.name}, code_key(${c.name}),
            ${c.parentId}::uuid, ${c.definition}, ${c.guidanceUse}, ${c.guidanceAvoid}, ${c.colour}, ${c.status}::"CodeStatus",
            ${c.createdById}::uuid, now())
    ON CONFLICT (workspace_id, type, key) DO NOTHING
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/**
 * Makes a removed code again with its own ID and fields (an undo), its version past the one it had; false when
 * another code of the type has taken its name meanwhile.
 */
export async function recreateCode(tx: DbOrTx, workspaceId: string, code: CodeRow): Promise<boolean> {
  const made = await tx.$executeRaw`
    INSERT INTO codes (id, workspace_id, type, name, key, parent_id, definition, guidance_use, guidance_avoid, colour, status, version,
                       created_by_id, created_at, updated_at)
    SELECT ${code.id}::uuid, ${workspaceId}::uuid, ${code.type}::"CodeType", ${code.name}, code_key(${code.name}),
      (SELECT id FROM codes WHERE id = ${code.parentId}::uuid), ${code.definition}, ${code.guidanceUse}, ${code.guidanceAvoid},
      ${code.colour}, ${code.status}::"CodeStatus", ${code.version + 1}, (SELECT id FROM users WHERE id = ${code.createdById}::uuid),
      ${code.createdAt}::timestamptz, now()
    ON CONFLICT (workspace_id, type, key) DO NOTHING`;
  return made > 0;
}

export async function deleteCodes(tx: DbOrTx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.$executeRaw`DELETE FROM codes WHERE id = ANY(${ids}::uuid[])`;
}
