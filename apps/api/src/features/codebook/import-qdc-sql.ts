import type { CodeType } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import type { CodeRow } from "./code-row.ts";

/** For each code of a file, in order: its key by the database's rule, and the workspace's code of that type and key. */
export async function matchCodesByKey(
  tx: DbOrTx,
  workspaceId: string,
  codes: readonly { name: string; type: CodeType }[],
): Promise<{ key: string; id: string | null; definition: string | null }[]> {
  const rows = await tx.$queryRaw<{ ord: number; key: string; id: string | null; definition: string | null }[]>`
    SELECT n.ord::int AS ord, code_key(n.name) AS key, c.id, c.definition
    FROM unnest(${codes.map((c) => c.name)}::text[], ${codes.map((c) => c.type)}::text[]) WITH ORDINALITY AS n(name, type, ord)
    LEFT JOIN codes c ON c.workspace_id = ${workspaceId}::uuid AND c.type = n.type::"CodeType" AND c.key = code_key(n.name)
    ORDER BY n.ord`;
  return rows.map(({ key, id, definition }) => ({ key, id, definition }));
}

/** A code as an import makes it: a code's own fields (CodeRow) without the ones the database sets. */
export type ImportedCodeRow = Pick<
  CodeRow,
  "id" | "type" | "name" | "parentId" | "definition" | "guidanceUse" | "guidanceAvoid" | "colour" | "status"
>;

/**
 * Adds the codes in one statement, with their IDs as given (a child may name a parent made by the same statement:
 * PostgreSQL checks the foreign key at the statement's end). A name another code took meanwhile fails the statement
 * on the unique key, and the caller's transaction with it.
 */
export async function insertImportedCodes(
  tx: DbOrTx,
  q: { workspaceId: string; createdById: string; codes: readonly ImportedCodeRow[] },
): Promise<void> {
  if (q.codes.length === 0) return;
  const col = <K extends keyof ImportedCodeRow>(k: K) => q.codes.map((c) => c[k]);
  await tx.$executeRaw`
    INSERT INTO codes (id, workspace_id, type, name, key, parent_id, definition, guidance_use, guidance_avoid, colour, status,
                       created_by_id, updated_at)
    SELECT n.id, ${q.workspaceId}::uuid, n.type::"CodeType", n.name, code_key(n.name), n.parent_id, n.definition, n.guidance_use,
      n.guidance_avoid, n.colour, n.status::"CodeStatus", ${q.createdById}::uuid, now()
    FROM unnest(${col("id")}::uuid[], ${col("type")}::text[], ${col("name")}::text[], ${col("parentId")}::uuid[],
                ${col("definition")}::text[], ${col("guidanceUse")}::text[], ${col("guidanceAvoid")}::text[], ${col("colour")}::text[],
                ${col("status")}::text[])
      AS n(id, type, name, parent_id, definition, guidance_use, guidance_avoid, colour, status)`;
}

/** Records each code the import made in the codebook's history, in one statement. */
export async function insertImportChanges(
  tx: DbOrTx,
  q: { workspaceId: string; actorId: string; codes: readonly ImportedCodeRow[] },
): Promise<void> {
  if (q.codes.length === 0) return;
  const after = q.codes.map((c) => ({ id: c.id, name: c.name, type: c.type, status: c.status, via: "qdc" }));
  await tx.$executeRaw`
    INSERT INTO code_changes (id, workspace_id, code_id, action, actor_id, before, after)
    SELECT gen_random_uuid(), ${q.workspaceId}::uuid, (e->>'id')::uuid, 'imported', ${q.actorId}::uuid, NULL, e
    FROM jsonb_array_elements(${JSON.stringify(after)}::jsonb) e`;
}

/** Gives a code the definition when it has none; its new version, or null when it had one meanwhile. */
export async function fillEmptyDefinition(tx: DbOrTx, id: string, definition: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ version: number }[]>`
    UPDATE codes SET definition = ${definition}, version = version + 1, updated_at = now()
    WHERE id = ${id}::uuid AND (definition IS NULL OR btrim(definition) = '')
    RETURNING version`;
  return rows[0]?.version ?? null;
}
