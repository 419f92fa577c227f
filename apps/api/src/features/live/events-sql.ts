import type { AnnotationEventType, CodebookEventType, CommentEventType, StatementLifecycleEventType } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { type EventCursor, START_OF_EVENTS } from "./event-cursor.ts";
import { LIVE_CHANNEL, WORKSPACE_PREFIX } from "./live-channel.ts";

/** The notice of an inserted event row (`statement_id`, `workspace_id`): its statement, or its workspace for one of its own. */
const NOTICE_OF_ROW = Prisma.sql`coalesce(statement_id::text, ${WORKSPACE_PREFIX} || workspace_id::text)`;

export interface StoredEvent {
  id: string;
  txId: string;
  type: string;
  actorId: string;
  payload: unknown;
  createdAt: Date;
}

export interface EventBatch {
  events: StoredEvent[];
  /** Some later events have committed but wait behind an older transaction still running: read again soon. */
  held: boolean;
}

/** A statement's stream: its own events, and its workspace's (those with no statement: the codebook's). */
export interface EventScope {
  statementId: string;
  workspaceId: string;
}

/** Events of the scope, on `e`: two ranges of the index (statement_id, tx_id, id), one per branch of the OR. */
const inScope = (s: EventScope) =>
  Prisma.sql`(e.statement_id = ${s.statementId}::uuid OR (e.statement_id IS NULL AND e.workspace_id = ${s.workspaceId}::uuid))`;

/**
 * The scope's events after `after`, in delivery order. The rule, in one place:
 *
 * IDs are taken at insert but transactions commit in any order, so "id > last seen" could skip an event whose
 * transaction commits after a later ID was delivered. An event is therefore delivered only once its transaction
 * (tx_id) is older than every transaction still running: below that line the set of events can no longer change.
 * The order is (tx_id, id), not id alone: a transaction can take its xid before another but its event ID after,
 * and ordering by ID would then deliver the later ID first and never look back for the earlier one.
 * All of it is one statement, so the snapshot that decides what is visible also gives the line.
 */
export async function readEventsSince(db: Db, scope: EventScope, after: EventCursor, limit = 500): Promise<EventBatch> {
  const rows = await db.$queryRaw<
    { held: boolean; id: string | null; tx_id: string | null; type: string; actor_id: string; payload: unknown; created_at: Date }[]
  >`
    WITH line AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
    ready AS (
      SELECT e.id, e.tx_id, e.type, e.actor_id, e.payload, e.created_at FROM events e, line
      WHERE ${inScope(scope)} AND (e.tx_id, e.id) > (${after.txId}::xid8, ${after.id}::bigint) AND e.tx_id < line.xmin
      ORDER BY e.tx_id, e.id
      LIMIT ${limit}
    ),
    waiting AS (
      SELECT EXISTS (
        SELECT 1 FROM events e, line
        WHERE ${inScope(scope)} AND (e.tx_id, e.id) > (${after.txId}::xid8, ${after.id}::bigint) AND e.tx_id >= line.xmin
      ) AS held
    )
    SELECT waiting.held, ready.id::text, ready.tx_id::text, ready.type, ready.actor_id::text, ready.payload, ready.created_at
    FROM waiting LEFT JOIN ready ON true
    ORDER BY ready.tx_id, ready.id`;
  const held = rows[0]?.held ?? false;
  const events = rows
    .filter((r) => r.id !== null && r.tx_id !== null)
    .map((r) => ({ id: r.id!, txId: r.tx_id!, type: r.type, actorId: r.actor_id, payload: r.payload, createdAt: r.created_at }));
  return { events, held };
}

/** Where a stream without Last-Event-ID starts: after the last event that can be delivered now (the same rule). */
export async function latestCursor(db: Db, scope: EventScope): Promise<EventCursor> {
  const [row] = await db.$queryRaw<{ id: string; tx_id: string }[]>`
    SELECT e.id::text AS id, e.tx_id::text AS tx_id FROM events e
    WHERE ${inScope(scope)} AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY e.tx_id DESC, e.id DESC LIMIT 1`;
  return row ? { txId: row.tx_id, id: row.id } : START_OF_EVENTS;
}

/** The position of the event a client last received; null when it is no event of this scope. */
export async function cursorOfEvent(db: Db, scope: EventScope, eventId: string): Promise<EventCursor | null> {
  if (eventId === "0") return START_OF_EVENTS;
  const [row] = await db.$queryRaw<{ tx_id: string }[]>`
    SELECT e.tx_id::text FROM events e WHERE e.id = ${eventId}::bigint AND ${inScope(scope)}`;
  return row ? { txId: row.tx_id, id: eventId } : null;
}

/**
 * One row of `events`: what changed, on which statement and annotation, by whom. The payload is a domain record
 * with a schema version (annotation-record.ts, comment-record.ts), presented for readers when read
 * (stored-event.ts), so that a change of the API's contract never makes stored events unreadable.
 */
export interface StoredEventInput {
  workspaceId: string;
  /** Null for a change to the workspace as a whole (the codebook's), which every statement's stream carries. */
  statementId: string | null;
  /** Null for a change to the statement itself. */
  annotationId: string | null;
  type: AnnotationEventType | CommentEventType | StatementLifecycleEventType | CodebookEventType;
  actorId: string;
  payload: unknown;
}

/**
 * Writes the event in the caller's transaction and announces it: PostgreSQL delivers the NOTIFY at commit, and
 * drops both if the transaction rolls back. tx_id defaults to the writing transaction's ID (see readEventsSince).
 * created_at is when the event was written, near the commit, rather than when the transaction began (now()).
 */
export async function insertEvent(tx: Prisma.TransactionClient, e: StoredEventInput): Promise<void> {
  await tx.$executeRaw`${withEventInserted(e, Prisma.empty)}`;
}

/**
 * insertEvent as part of a larger statement: `before` are further data-modifying CTEs ("name AS (…), " each) that
 * commit with the event, as one statement, in one round trip (annotations/create-annotation-sql.ts).
 */
export function withEventInserted(e: StoredEventInput, before: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH ${before} inserted AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      VALUES (${e.workspaceId}::uuid, ${e.statementId}::uuid, ${e.type}, ${e.annotationId}::uuid, ${e.actorId}::uuid,
              ${JSON.stringify(e.payload)}::jsonb, clock_timestamp())
      RETURNING statement_id, workspace_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, ${NOTICE_OF_ROW}) FROM inserted`;
}

/**
 * insertEvent for many created annotations at once (an import), in the order given: one insert, one notice per
 * statement. Each record is an annotation record with its `id` and `statementId`, stored as its event's payload.
 */
export async function insertCreatedEvents(
  tx: Prisma.TransactionClient,
  e: { workspaceId: string; actorId: string; records: readonly object[] },
): Promise<void> {
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      SELECT ${e.workspaceId}::uuid, (a->>'statementId')::uuid, 'annotation.created', (a->>'id')::uuid, ${e.actorId}::uuid,
             a, clock_timestamp()
      FROM jsonb_array_elements(${JSON.stringify(e.records)}::jsonb) WITH ORDINALITY AS t(a, n)
      ORDER BY n
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, statement_id::text) FROM (SELECT DISTINCT statement_id FROM inserted) AS s`;
}
