import type { AnnotationEventType, CommentEventType } from "@verbatim/contract";
import type { AnnotationView } from "@verbatim/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type AnnotationRecord, storedAnnotationRecord } from "../annotations/annotation-record.ts";
import { type CommentRecord, storedCommentRecord } from "../discussion/comment-record.ts";
import { LIVE_CHANNEL } from "./live-channel.ts";
import { storedRemoval } from "./removal-record.ts";

/**
 * One row of `events`: what changed, on which statement and annotation, by whom. The payload is a domain record
 * with a schema version (annotation-record.ts, comment-record.ts), presented for readers when read
 * (stored-event.ts), so that a change of the API's contract never makes stored events unreadable.
 */
export interface StoredEventInput {
  workspaceId: string;
  statementId: string;
  annotationId: string;
  type: AnnotationEventType | CommentEventType;
  actorId: string;
  payload: unknown;
}

/**
 * Writes the event in the caller's transaction and announces it: PostgreSQL delivers the NOTIFY at commit, and
 * drops both if the transaction rolls back. tx_id defaults to the writing transaction's ID (see read-events-since.ts).
 * created_at is when the event was written, near the commit, rather than when the transaction began (now()).
 */
export async function insertEvent(tx: Prisma.TransactionClient, e: StoredEventInput): Promise<void> {
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      VALUES (${e.workspaceId}::uuid, ${e.statementId}::uuid, ${e.type}, ${e.annotationId}::uuid, ${e.actorId}::uuid,
              ${JSON.stringify(e.payload)}::jsonb, clock_timestamp())
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, statement_id::text) FROM inserted`;
}

export interface EventRecord {
  workspaceId: string;
  type: AnnotationEventType;
  actorId: string;
  annotation: AnnotationRecord;
}

/** An annotation's change. A deletion tells only what is needed to drop it: a reader cannot GET a deleted one either. */
export async function recordEvent(tx: Prisma.TransactionClient, e: EventRecord): Promise<void> {
  const { annotation } = e;
  const payload =
    e.type === "annotation.deleted"
      ? storedRemoval({ id: annotation.id, version: annotation.version })
      : storedAnnotationRecord(annotation);
  await insertEvent(tx, {
    workspaceId: e.workspaceId,
    statementId: annotation.statementId,
    annotationId: annotation.id,
    type: e.type,
    actorId: e.actorId,
    payload,
  });
}

export interface CommentEventRecord {
  workspaceId: string;
  type: CommentEventType;
  actorId: string;
  /** The comment after the change. */
  comment: CommentRecord;
}

/** A comment's change, as the API presents the comment; a deletion gives `{ id, annotationId, version }`. */
export async function recordCommentEvent(tx: Prisma.TransactionClient, e: CommentEventRecord): Promise<void> {
  const { comment } = e;
  const payload =
    e.type === "comment.deleted"
      ? storedRemoval({ id: comment.id, annotationId: comment.annotationId, version: comment.version })
      : storedCommentRecord(comment);
  await insertEvent(tx, {
    workspaceId: e.workspaceId,
    statementId: comment.statementId,
    annotationId: comment.annotationId,
    type: e.type,
    actorId: e.actorId,
    payload,
  });
}

/** recordEvent for many created annotations at once (an import): one insert, one notice per statement. */
export async function recordCreatedEvents(
  tx: Prisma.TransactionClient,
  e: { workspaceId: string; actorId: string; annotations: readonly AnnotationView[] },
): Promise<void> {
  if (e.annotations.length === 0) return;
  const records = e.annotations.map((a) => storedAnnotationRecord({ ...a, review: null }));
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      SELECT ${e.workspaceId}::uuid, (a->>'statementId')::uuid, 'annotation.created', (a->>'id')::uuid, ${e.actorId}::uuid,
             a, clock_timestamp()
      FROM jsonb_array_elements(${JSON.stringify(records)}::jsonb) WITH ORDINALITY AS t(a, n)
      ORDER BY n
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, statement_id::text) FROM (SELECT DISTINCT statement_id FROM inserted) AS s`;
}
