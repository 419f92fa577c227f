import type { AnnotationEventType } from "@verbatim/contract";
import type { AnnotationView } from "@verbatim/core";
import type { Prisma } from "../generated/prisma/client.ts";
import { LIVE_CHANNEL } from "../live/live-channel.ts";

export interface EventRecord {
  workspaceId: string;
  type: AnnotationEventType;
  actorId: string;
  annotation: AnnotationView;
}

/**
 * Writes the event in the caller's transaction and announces it: PostgreSQL delivers the NOTIFY at commit, and
 * drops both if the transaction rolls back. tx_id defaults to the writing transaction's ID (see read-events-since.ts).
 */
export async function recordEvent(tx: Prisma.TransactionClient, e: EventRecord): Promise<void> {
  const { annotation } = e;
  // A deletion tells only what is needed to drop the annotation: a reader cannot GET a deleted one either.
  // created_at is when the event was written, near the commit, rather than when the transaction began (now()).
  const payload = e.type === "annotation.deleted" ? { id: annotation.id, version: annotation.version } : annotation;
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      VALUES (${e.workspaceId}::uuid, ${annotation.statementId}::uuid, ${e.type}, ${annotation.id}::uuid, ${e.actorId}::uuid,
              ${JSON.stringify(payload)}::jsonb, clock_timestamp())
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, statement_id::text) FROM inserted`;
}

/** recordEvent for many created annotations at once (an import): one insert, one notice per statement. */
export async function recordCreatedEvents(
  tx: Prisma.TransactionClient,
  e: { workspaceId: string; actorId: string; annotations: readonly AnnotationView[] },
): Promise<void> {
  if (e.annotations.length === 0) return;
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      SELECT ${e.workspaceId}::uuid, (a->>'statementId')::uuid, 'annotation.created', (a->>'id')::uuid, ${e.actorId}::uuid,
             a, clock_timestamp()
      FROM jsonb_array_elements(${JSON.stringify(e.annotations)}::jsonb) WITH ORDINALITY AS t(a, n)
      ORDER BY n
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, statement_id::text) FROM (SELECT DISTINCT statement_id FROM inserted) AS s`;
}
