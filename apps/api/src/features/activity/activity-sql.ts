import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ActivityRow } from "./activity-item.ts";

export interface ActivityQuery {
  workspaceId: string;
  statementId?: string | undefined;
  member?: string | undefined;
  /** Event types as stored (families already spelled out). */
  eventTypes?: readonly string[] | undefined;
  /** Only events older than this event ID (the page cursor). */
  beforeId?: string | undefined;
  limit: number;
}

// A payload field as a uuid, or null when it is not one (a payload is JSON that any event type may shape).
const payloadUuid = (field: string) =>
  Prisma.sql`(CASE WHEN e.payload->>${field} ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN (e.payload->>${field})::uuid END)`;

/**
 * The workspace's events, newest first (its own, the codebook's, have no statement), read from the events table (index on workspace_id, id), less the
 * `annotations.recoded` events of codebook operations (the operation is the news, not each statement it touched). An
 * annotation event's payload is the annotation as it was then; a deletion's payload holds only its ID, so the
 * kind and quote come from the row. A comment event's annotation is the one commented on.
 */
export async function readActivity(db: Db, q: ActivityQuery): Promise<ActivityRow[]> {
  const filters: Prisma.Sql[] = [];
  if (q.statementId) filters.push(Prisma.sql`AND e.statement_id = ${q.statementId}::uuid`);
  if (q.member) filters.push(Prisma.sql`AND e.actor_id = ${q.member}::uuid`);
  if (q.eventTypes) filters.push(Prisma.sql`AND e.type IN (${Prisma.join(q.eventTypes)})`);
  if (q.beforeId) filters.push(Prisma.sql`AND e.id < ${q.beforeId}::bigint`);
  return db.$queryRaw<ActivityRow[]>`
    SELECT e.id::text AS id, e.type, e.created_at, e.actor_id, u.name AS actor_name, s.slug, s.title, e.payload,
           a.id AS annotation_id, a.kind::text AS annotation_kind, a.exact AS annotation_exact, a.paragraph_id AS annotation_paragraph,
           c.id AS comment_id, c.body_text AS comment_text, c.deleted_at IS NOT NULL AS comment_deleted
    FROM events e
    LEFT JOIN statements s ON s.id = e.statement_id
    JOIN users u ON u.id = e.actor_id
    LEFT JOIN comments c ON e.type LIKE 'comment.%' AND c.id = ${payloadUuid("id")} AND c.workspace_id = e.workspace_id
    LEFT JOIN annotations a ON a.id = COALESCE(e.annotation_id, c.annotation_id, ${payloadUuid("annotationId")})
      AND a.workspace_id = e.workspace_id
    WHERE e.workspace_id = ${q.workspaceId}::uuid AND (e.statement_id IS NULL OR s.deleted_at IS NULL)
      AND e.type <> 'annotations.recoded' ${filters.length > 0 ? Prisma.join(filters, " ") : Prisma.empty}
    ORDER BY e.id DESC
    LIMIT ${q.limit}`;
}
