import type { ActivityPage, ActivityType } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { type ActivityRow, presentActivityItem } from "./activity-item.ts";
import { activityEventTypes } from "./activity-types.ts";
import { findStatement } from "../statements/find-statement.ts";

export interface ListActivityOptions {
  workspaceId: string;
  member?: string | undefined;
  statement?: string | undefined;
  type?: readonly ActivityType[] | undefined;
  cursor?: string | undefined;
  limit: number;
}

// A payload field as a uuid, or null when it is not one (a payload is JSON that any event type may shape).
const payloadUuid = (field: string) =>
  Prisma.sql`(CASE WHEN e.payload->>${field} ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN (e.payload->>${field})::uuid END)`;

/**
 * The workspace's feed, newest event first, read from the events table (index on workspace_id, id). An
 * annotation event's payload is the annotation as it was then; a deletion's payload holds only its ID, so the
 * kind and quote come from the row. A comment event's annotation is the one commented on.
 */
export async function listActivity(db: Db, opts: ListActivityOptions): Promise<ActivityPage> {
  const filters: Prisma.Sql[] = [];
  if (opts.statement)
    filters.push(Prisma.sql`AND e.statement_id = ${(await findStatement(db, opts.workspaceId, opts.statement)).id}::uuid`);
  if (opts.member) filters.push(Prisma.sql`AND e.actor_id = ${opts.member}::uuid`);
  if (opts.type) filters.push(Prisma.sql`AND e.type IN (${Prisma.join(activityEventTypes(opts.type))})`);
  if (opts.cursor) filters.push(Prisma.sql`AND e.id < ${opts.cursor}::bigint`);
  const rows = await db.$queryRaw<ActivityRow[]>`
    SELECT e.id::text AS id, e.type, e.created_at, e.actor_id, u.name AS actor_name, s.slug, s.title, e.payload,
           a.id AS annotation_id, a.kind::text AS annotation_kind, a.exact AS annotation_exact, a.paragraph_id AS annotation_paragraph,
           c.id AS comment_id, c.body_text AS comment_text, c.deleted_at IS NOT NULL AS comment_deleted
    FROM events e
    JOIN statements s ON s.id = e.statement_id
    JOIN users u ON u.id = e.actor_id
    LEFT JOIN comments c ON e.type LIKE 'comment.%' AND c.id = ${payloadUuid("id")} AND c.workspace_id = e.workspace_id
    LEFT JOIN annotations a ON a.id = COALESCE(e.annotation_id, c.annotation_id, ${payloadUuid("annotationId")})
      AND a.workspace_id = e.workspace_id
    WHERE e.workspace_id = ${opts.workspaceId}::uuid ${filters.length > 0 ? Prisma.join(filters, " ") : Prisma.empty}
    ORDER BY e.id DESC
    LIMIT ${opts.limit + 1}`;
  const page = rows.slice(0, opts.limit);
  return {
    items: page.map(presentActivityItem),
    nextCursor: rows.length > opts.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
