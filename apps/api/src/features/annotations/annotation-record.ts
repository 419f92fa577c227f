import { AnnotationAnchor, ANNOTATION_KINDS, CodeRef, REVIEW_STATUSES, SUGGESTION_RULES, taggedAttributes } from "@verbatim/core";
import { z } from "zod";
import { readStoredRecord, StoredPerson as Person } from "../../db/stored-record.ts";
import type { AnnotationWithReview } from "./annotation-review.ts";

/**
 * An annotation as the database keeps it beside its row (in an event's payload, in an idempotent answer): a
 * domain record with a schema version, read back through readAnnotationRecord and presented like a row. The
 * API's contract may change; a stored record never has to, since it is read by this schema, not the contract's.
 * A change of shape bumps ANNOTATION_RECORD_SCHEMA and teaches readAnnotationRecord the older one.
 */
export const ANNOTATION_RECORD_SCHEMA = 1;

const AnnotationRecordV1 = z.object({
  id: z.string(),
  statementId: z.string(),
  statementSlug: z.string(),
  revision: z.number().int(),
  // Records written before revisions re-anchored lack it: they sat on the revision they were made on.
  anchor: AnnotationAnchor.optional(),
  kind: z.enum(ANNOTATION_KINDS),
  target: z.object({
    paragraphId: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    endParagraphId: z.string().optional(),
  }),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  attributes: z.record(z.string(), z.unknown()),
  labels: z.array(z.string()),
  // Records written before the codebook name their labels and topics only.
  codes: z.array(CodeRef).default([]),
  note: z.string().nullable(),
  noteDoc: z.unknown().transform((d) => d ?? null),
  status: z.enum(REVIEW_STATUSES),
  // Records written before annotations carried their review lack it; they were proposed or their review is in history.
  review: z
    .object({ status: z.enum(["accepted", "rejected", "disputed"]), reviewer: Person, at: z.string(), comment: z.string().nullable() })
    .nullable()
    .default(null),
  version: z.number().int(),
  author: Person,
  createdAt: z.string(),
  updatedAt: z.string(),
  // Records written before suggestions were accepted lack it: every annotation then was drawn by hand.
  provenance: z
    .object({ source: z.literal("suggestion"), rule: z.enum(SUGGESTION_RULES) })
    .nullable()
    .default(null),
});

export type AnnotationRecord = AnnotationWithReview;

/** What to store: the record and the schema it follows. */
export const storedAnnotationRecord = (a: AnnotationRecord) => ({ schema: ANNOTATION_RECORD_SCHEMA, ...a });

/**
 * A stored record, of this schema or an older one (records from before schema versions have none, and are
 * version 1); null for what is not one, or for a newer schema than this code knows (an instance not yet updated).
 */
export function readAnnotationRecord(stored: unknown): AnnotationRecord | null {
  const parsed = readStoredRecord(stored, ANNOTATION_RECORD_SCHEMA, AnnotationRecordV1);
  if (!parsed) return null;
  const { kind, attributes, anchor, ...record } = parsed;
  return { ...record, anchor: anchor ?? { state: "anchored", revision: record.revision }, ...taggedAttributes(kind, attributes) };
}
