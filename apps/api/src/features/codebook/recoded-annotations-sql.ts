import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { LIVE_CHANNEL } from "../live/live-channel.ts";

// Annotation `x`'s codes now, as the annotation object lists them (topics first, each in order).
const CODES_OF_X = Prisma.sql`(SELECT coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'type', c.type)
    ORDER BY c.type, ac.position), '[]'::jsonb)
  FROM annotation_codes ac JOIN codes c ON c.id = ac.code_id WHERE ac.annotation_id = x.id)`;

/**
 * After a codebook operation changed the codes of the annotations an undo lists as touched: each gets a new version,
 * a `recoded` entry in its history (its codes before and after) and, while live, an `annotation.recoded` event
 * carrying its codes, so open readers follow. Set-based: one statement for any number of annotations.
 */
export async function announceRecoded(tx: DbOrTx, o: { undoId: string; workspaceId: string; actorId: string; operation: string }) {
  await tx.$executeRaw`
    WITH touched AS (SELECT DISTINCT annotation_id AS id FROM codebook_undo_uses WHERE undo_id = ${o.undoId}::uuid),
    bumped AS (
      UPDATE annotations a SET version = a.version + 1, updated_at = now()
      FROM touched WHERE a.id = touched.id AND a.workspace_id = ${o.workspaceId}::uuid
      RETURNING a.id, a.version, a.statement_id, a.deleted_at
    ),
    now_coded AS (SELECT x.id, x.version, x.statement_id, x.deleted_at, ${CODES_OF_X} AS codes FROM bumped x),
    history AS (
      INSERT INTO annotation_changes (id, annotation_id, version, action, actor_id, before, after)
      SELECT gen_random_uuid(), n.id, n.version, 'recoded', ${o.actorId}::uuid,
        jsonb_build_object('codes', (
          SELECT coalesce(jsonb_agg(jsonb_build_object('id', u.code_id, 'name', c.name, 'type', c.type) ORDER BY c.type, u.position), '[]'::jsonb)
          FROM codebook_undo_uses u LEFT JOIN codes c ON c.id = u.code_id
          WHERE u.undo_id = ${o.undoId}::uuid AND u.annotation_id = n.id AND u.code_id IS NOT NULL)),
        jsonb_build_object('codes', n.codes, 'operation', ${o.operation}::text)
      FROM now_coded n
    ),
    announced AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      SELECT ${o.workspaceId}::uuid, n.statement_id, 'annotation.recoded', n.id, ${o.actorId}::uuid,
        jsonb_build_object('schema', 1, 'id', n.id, 'version', n.version, 'codes', n.codes), clock_timestamp()
      FROM now_coded n WHERE n.deleted_at IS NULL
      ORDER BY n.statement_id, n.id
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, statement_id::text) FROM (SELECT DISTINCT statement_id FROM announced) AS s`;
}
