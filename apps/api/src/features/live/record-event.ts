import type { AnnotationEventType, CommentEventType, StatementLifecycleEventType } from "@verbatim/contract";
import type { AnnotationView } from "@verbatim/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type AnnotationRecord, storedAnnotationRecord } from "../annotations/annotation-record.ts";
import { type CommentRecord, storedCommentRecord } from "../discussion/comment-record.ts";
import { type StatementRecord, storedStatementRecord } from "../statements/statement-record.ts";
import { insertCreatedEvents, insertEvent, type StoredEventInput } from "./events-sql.ts";
import { storedRemoval } from "./removal-record.ts";

/** A change to record: an annotation's, a comment's or the statement's own, by whom, in which workspace. */
export type ChangeEvent = { workspaceId: string; actorId: string } & (
  | { type: AnnotationEventType; annotation: AnnotationRecord }
  | { type: CommentEventType; comment: CommentRecord }
  | { type: StatementLifecycleEventType; statement: StatementRecord }
);

/**
 * The event of a change, written in the caller's transaction: the annotation or comment after it, or for a
 * deletion only what a reader needs to drop it (a reader cannot GET a deleted one either).
 */
export async function recordEvent(tx: Prisma.TransactionClient, e: ChangeEvent): Promise<void> {
  await insertEvent(tx, storedEvent(e));
}

/** The row recordEvent writes, for a statement that writes it with more (annotations/create-annotation-sql.ts). */
export function storedEvent(e: ChangeEvent): StoredEventInput {
  const subject =
    "annotation" in e
      ? annotationSubject(e.type, e.annotation)
      : "comment" in e
        ? commentSubject(e.type, e.comment)
        : statementSubject(e.statement);
  return { workspaceId: e.workspaceId, type: e.type, actorId: e.actorId, ...subject };
}

const annotationSubject = (type: AnnotationEventType, a: AnnotationRecord) => ({
  statementId: a.statementId,
  annotationId: a.id,
  payload: type === "annotation.deleted" ? storedRemoval({ id: a.id, version: a.version }) : storedAnnotationRecord(a),
});

const commentSubject = (type: CommentEventType, c: CommentRecord) => ({
  statementId: c.statementId,
  annotationId: c.annotationId,
  payload:
    type === "comment.deleted" ? storedRemoval({ id: c.id, annotationId: c.annotationId, version: c.version }) : storedCommentRecord(c),
});

const statementSubject = (s: StatementRecord) => ({ statementId: s.id, annotationId: null, payload: storedStatementRecord(s) });

/** recordEvent for many created annotations at once (an import): one insert, one notice per statement. */
export async function recordCreatedEvents(
  tx: Prisma.TransactionClient,
  e: { workspaceId: string; actorId: string; annotations: readonly AnnotationView[] },
): Promise<void> {
  if (e.annotations.length === 0) return;
  const records = e.annotations.map((a) => storedAnnotationRecord({ ...a, codes: a.codes ?? [], review: null, provenance: null }));
  await insertCreatedEvents(tx, { workspaceId: e.workspaceId, actorId: e.actorId, records });
}
