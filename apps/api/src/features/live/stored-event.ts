import type { StatementEvent } from "@verbatim/contract";
import { readAnnotationRecord } from "../annotations/annotation-record.ts";
import { presentCommentRecord, readCommentRecord } from "../discussion/comment-record.ts";
import type { StoredEvent } from "./read-events-since.ts";
import { readRemovalRecord } from "./removal-record.ts";

/**
 * A stored event as its stream sends it: the payload's domain record read by its own schema (of any version this
 * code knows) and presented as the contract has it now. Null for a payload that cannot be read: a bug, or an
 * event written by a newer instance than this one.
 */
export function presentStoredEvent(e: StoredEvent): StatementEvent | null {
  const fields = { id: e.id, actorId: e.actorId, at: e.createdAt.toISOString() };
  switch (e.type) {
    case "annotation.created":
    case "annotation.updated":
    case "annotation.restored":
    case "annotation.reviewed": {
      const annotation = readAnnotationRecord(e.payload);
      return annotation && { type: e.type, annotation, ...fields };
    }
    case "annotation.deleted": {
      const removed = readRemovalRecord(e.payload);
      return removed && { type: e.type, annotation: { id: removed.id, version: removed.version }, ...fields };
    }
    case "comment.created":
    case "comment.updated":
    case "comment.restored": {
      const comment = readCommentRecord(e.payload);
      return comment && { type: e.type, comment: presentCommentRecord(comment), ...fields };
    }
    case "comment.deleted": {
      const removed = readRemovalRecord(e.payload);
      if (!removed?.annotationId) return null;
      return { type: e.type, comment: { id: removed.id, annotationId: removed.annotationId, version: removed.version }, ...fields };
    }
    default:
      return null;
  }
}
