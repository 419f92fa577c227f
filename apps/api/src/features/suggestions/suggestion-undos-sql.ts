import type { DbOrTx } from "../../db/in-transaction.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** Keeps what an accept-all made (each annotation at the version it was made with), for its undo; the token. */
export async function insertSuggestionUndo(
  tx: Prisma.TransactionClient,
  u: { id: string; workspaceId: string; statementId: string; userId: string; annotations: readonly { id: string; version: number }[] },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO suggestion_undos (id, workspace_id, statement_id, user_id, annotations, versions)
    VALUES (${u.id}::uuid, ${u.workspaceId}::uuid, ${u.statementId}::uuid, ${u.userId}::uuid,
            ${u.annotations.map((a) => a.id)}::uuid[], ${u.annotations.map((a) => a.version)}::int[])`;
}

export type ClaimedUndo =
  { state: "claimed"; annotations: { id: string; version: number }[] } | { state: "missing" | "used" | "not_yours" };

/**
 * Marks an undo used, once: of two undos sent at once, one claims it. Only its maker may; on another statement or
 * workspace it is missing.
 */
export async function claimSuggestionUndo(
  db: DbOrTx,
  at: { id: string; workspaceId: string; statementId: string; userId: string },
): Promise<ClaimedUndo> {
  const rows = await db.$queryRaw<{ annotations: string[] | null; versions: number[] | null; mine: boolean; claimed: boolean }[]>`
    WITH claimed AS (
      UPDATE suggestion_undos SET used_at = now()
      WHERE id = ${at.id}::uuid AND workspace_id = ${at.workspaceId}::uuid AND statement_id = ${at.statementId}::uuid
        AND user_id = ${at.userId}::uuid AND used_at IS NULL
      RETURNING id
    )
    SELECT u.annotations::text[] AS annotations, u.versions, u.user_id = ${at.userId}::uuid AS mine,
           EXISTS (SELECT 1 FROM claimed) AS claimed
    FROM suggestion_undos u
    WHERE u.id = ${at.id}::uuid AND u.workspace_id = ${at.workspaceId}::uuid AND u.statement_id = ${at.statementId}::uuid`;
  const r = rows[0];
  if (!r) return { state: "missing" };
  if (!r.mine) return { state: "not_yours" };
  if (!r.claimed) return { state: "used" };
  const versions = r.versions ?? [];
  return { state: "claimed", annotations: (r.annotations ?? []).map((id, i) => ({ id, version: versions[i] ?? 0 })) };
}

/** Of these annotations, those still live at the version given and by `authorId`: the ones an undo may delete. */
export async function unchangedAnnotations(
  db: DbOrTx,
  at: { authorId: string; annotations: readonly { id: string; version: number }[] },
): Promise<{ id: string; version: number }[]> {
  return db.$queryRaw<{ id: string; version: number }[]>`
    SELECT a.id::text AS id, a.version
    FROM annotations a JOIN unnest(${at.annotations.map((a) => a.id)}::uuid[], ${at.annotations.map((a) => a.version)}::int[]) AS t(id, version)
      ON t.id = a.id AND t.version = a.version
    WHERE a.deleted_at IS NULL AND a.author_id = ${at.authorId}::uuid`;
}
