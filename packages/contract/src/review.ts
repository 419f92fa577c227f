import { z } from "zod";
import { Annotation, AnnotationKind, Label, ReviewRequest } from "./annotations.ts";
import { Cursor, csvOf, Uuid } from "./common.ts";

/** The statuses a queue can hold: what still waits for a decision. */
export const QUEUE_STATUSES = ["proposed", "disputed"] as const;

export const ReviewQueueQuery = z.strictObject({
  /** Statement slugs, comma-separated. */
  statement: csvOf(z.string().min(1).max(200)).optional(),
  author: Uuid.optional(),
  kind: csvOf(AnnotationKind).optional(),
  label: Label.optional(),
  status: csvOf(z.enum(QUEUE_STATUSES)).default(["proposed"]),
  /** Only statements the caller has an open review assignment for. */
  assignedToMe: z.stringbool().optional(),
  cursor: Cursor,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

export const ReviewQueueItem = z.object({
  annotation: Annotation,
  statement: z.object({ id: Uuid, slug: z.string(), title: z.string(), delegation: z.string().nullable(), date: z.string().nullable() }),
  /** The paragraph the annotation starts in, in its current text: the context around the quote. */
  paragraph: z.object({ id: z.string(), number: z.number().int().nullable(), text: z.string().nullable() }),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;

const FacetCount = { count: z.number().int() };
export const ReviewQueuePage = z.object({
  /** Oldest first: a queue. */
  items: z.array(ReviewQueueItem),
  nextCursor: z.string().nullable(),
  /** How many annotations the filters select in all. */
  total: z.number().int(),
  /** What the queue holds by statement and by author, under the other filters (each facet ignores its own filter). */
  facets: z.object({
    statements: z.array(z.object({ slug: z.string(), title: z.string(), ...FacetCount })),
    authors: z.array(z.object({ id: Uuid, name: z.string(), ...FacetCount })),
  }),
});
export type ReviewQueuePage = z.infer<typeof ReviewQueuePage>;

/** The fields a history entry compares. */
export const HISTORY_FIELDS = ["kind", "target", "quote", "attributes", "labels", "codes", "note", "status", "anchor"] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** `recoded`: its codes changed by a codebook operation (a merge, a split, a bulk change, or an undo of one). */
export const HISTORY_ACTIONS = [
  "created",
  "imported",
  "updated",
  "deleted",
  "restored",
  "reviewed",
  "reanchored",
  "placed",
  "recoded",
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const AnnotationHistoryItem = z.object({
  id: Uuid,
  at: z.string(),
  actor: z.object({ id: Uuid, name: z.string() }),
  action: z.enum(HISTORY_ACTIONS),
  /** The version the annotation reached with this change. */
  version: z.number().int(),
  /** Only the fields that differ, with the value before and after (null where there was none). */
  changes: z.array(z.object({ field: z.enum(HISTORY_FIELDS), before: z.unknown(), after: z.unknown() })),
  review: z.object({ status: ReviewRequest.shape.status, comment: z.string().nullable() }).nullable(),
});
export type AnnotationHistoryItem = z.infer<typeof AnnotationHistoryItem>;

/** Oldest first. */
export const AnnotationHistory = z.object({ items: z.array(AnnotationHistoryItem) });
export type AnnotationHistory = z.infer<typeof AnnotationHistory>;
