import { CODEBOOK_EVENT_TYPES, type CodebookEventType, type StatementEvent, type StatementLifecycleEventType } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import { type AnnotationRecord, readAnnotationRecord } from "../annotations/annotation-record.ts";
import { type CommentRecord, presentCommentRecord, readCommentRecord } from "../discussion/comment-record.ts";
import { readStatementRecord, type StatementRecord } from "../statements/statement-record.ts";
import type { StoredEvent } from "./events-sql.ts";
import { type CodebookRecord, readCodebookRecord } from "./codebook-record.ts";
import { readRecodedRecord, type RecodedRecord } from "./recoded-record.ts";
import { readRemovalRecord, type RemovalRecord } from "./removal-record.ts";

type AnnotationChange =
  "annotation.created" | "annotation.updated" | "annotation.restored" | "annotation.reviewed" | "annotation.reanchored";
type CommentChange = "comment.created" | "comment.updated" | "comment.restored";

/** A stored event with its payload read as a domain record, ready to be presented to each reader. */
export type LiveEvent = { id: string; actorId: string; at: string } & (
  | { type: AnnotationChange; annotation: AnnotationRecord }
  | { type: "annotation.deleted"; removed: RemovalRecord }
  | { type: "annotations.recoded"; recoded: RecodedRecord }
  | { type: CodebookEventType; change: CodebookRecord }
  | { type: CommentChange; comment: CommentRecord }
  | { type: "comment.deleted"; removed: RemovalRecord & { annotationId: string } }
  | { type: StatementLifecycleEventType; statement: StatementRecord }
);

/**
 * The payload of a stored event read by its own record's schema (of any version this code knows). Null for one
 * that cannot be read: a bug, or an event written by a newer instance than this one.
 */
export function readStoredEvent(e: StoredEvent): LiveEvent | null {
  const fields = { id: e.id, actorId: e.actorId, at: e.createdAt.toISOString() };
  if (isCodebookEvent(e.type)) {
    const change = readCodebookRecord(e.payload);
    return change && { ...fields, type: e.type, change };
  }
  switch (e.type) {
    case "annotation.created":
    case "annotation.updated":
    case "annotation.restored":
    case "annotation.reviewed":
    case "annotation.reanchored": {
      const annotation = readAnnotationRecord(e.payload);
      return annotation && { ...fields, type: e.type, annotation };
    }
    case "annotation.deleted": {
      const removed = readRemovalRecord(e.payload);
      return removed && { ...fields, type: e.type, removed };
    }
    case "annotations.recoded": {
      const recoded = readRecodedRecord(e.payload);
      return recoded && { ...fields, type: e.type, recoded };
    }
    case "comment.created":
    case "comment.updated":
    case "comment.restored": {
      const comment = readCommentRecord(e.payload);
      return comment && { ...fields, type: e.type, comment };
    }
    case "comment.deleted": {
      const removed = readRemovalRecord(e.payload);
      return removed?.annotationId ? { ...fields, type: e.type, removed: { ...removed, annotationId: removed.annotationId } } : null;
    }
    case "statement.updated":
    case "statement.deleted":
    case "statement.restored":
    case "statement.revised": {
      const statement = readStatementRecord(e.payload);
      return statement && { ...fields, type: e.type, statement };
    }
    default:
      return null;
  }
}

/** The event as the contract has it now, for one reader: what they may do with its subject is theirs. */
export function presentLiveEvent(e: LiveEvent, viewer: Viewer): StatementEvent {
  const fields = { id: e.id, actorId: e.actorId, at: e.at };
  switch (e.type) {
    case "annotation.deleted":
      return { ...fields, type: e.type, annotation: { id: e.removed.id, version: e.removed.version } };
    case "annotations.recoded":
      return { ...fields, type: e.type, annotations: e.recoded.annotations };
    case "code.created":
    case "code.renamed":
    case "code.edited":
    case "code.deprecated":
    case "code.merged":
    case "code.split":
    case "code.deleted":
    case "codes.applied":
    case "codebook.imported":
    case "codebook.undone":
      return { ...fields, type: e.type, change: e.change };
    case "comment.deleted":
      return { ...fields, type: e.type, comment: { id: e.removed.id, annotationId: e.removed.annotationId, version: e.removed.version } };
    case "comment.created":
    case "comment.updated":
    case "comment.restored":
      return { ...fields, type: e.type, comment: presentCommentRecord(viewer)(e.comment) };
    case "statement.updated":
    case "statement.deleted":
    case "statement.restored":
    case "statement.revised":
      return { ...fields, type: e.type, statement: e.statement };
    default:
      return { ...fields, type: e.type, annotation: presentAnnotationFor(viewer)(e.annotation) };
  }
}

const CODEBOOK_TYPES: ReadonlySet<string> = new Set(CODEBOOK_EVENT_TYPES);
export const isCodebookEvent = (type: string): type is CodebookEventType => CODEBOOK_TYPES.has(type);
