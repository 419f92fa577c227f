import { z } from "zod";
import { CODE_TYPES } from "@verbatim/core";
import { Annotation } from "./annotations.ts";
import { UserRef } from "./auth.ts";
import { Comment } from "./comments.ts";
import { Uuid } from "./common.ts";
import { StatementEventSubject } from "./statement-lifecycle.ts";

/**
 * What `GET /api/statements/:idOrSlug/events` streams. Each change is an SSE message whose `event` is its type,
 * whose `id` is the event's ID (send it back as Last-Event-ID to resume) and whose `data` is one of these.
 */
export const ANNOTATION_EVENT_TYPES = [
  "annotation.created",
  "annotation.updated",
  "annotation.deleted",
  "annotation.restored",
  "annotation.reviewed",
  /** Confirmed or placed on new words by a person (from "Needs placing"). */
  "annotation.reanchored",
] as const;
export type AnnotationEventType = (typeof ANNOTATION_EVENT_TYPES)[number];

const eventFields = { id: z.string().regex(/^\d+$/), actorId: Uuid, at: z.string() };

export const AnnotationEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.enum(["annotation.created", "annotation.updated", "annotation.restored", "annotation.reviewed", "annotation.reanchored"]),
    annotation: Annotation,
    ...eventFields,
  }),
  /** A deletion names the annotation and the version it reached by being deleted. */
  z.object({ type: z.literal("annotation.deleted"), annotation: z.object({ id: Uuid, version: z.number().int() }), ...eventFields }),
]);
export type AnnotationEvent = z.infer<typeof AnnotationEvent>;

export const COMMENT_EVENT_TYPES = ["comment.created", "comment.updated", "comment.deleted", "comment.restored"] as const;
export type CommentEventType = (typeof COMMENT_EVENT_TYPES)[number];

export const CommentEvent = z.discriminatedUnion("type", [
  z.object({ type: z.enum(["comment.created", "comment.updated", "comment.restored"]), comment: Comment, ...eventFields }),
  /** A deletion names the comment, its annotation and the version it reached by being deleted. */
  z.object({
    type: z.literal("comment.deleted"),
    comment: z.object({ id: Uuid, annotationId: Uuid, version: z.number().int() }),
    ...eventFields,
  }),
]);
export type CommentEvent = z.infer<typeof CommentEvent>;

/**
 * Changes to the statement itself: its metadata edited, it deleted or restored, or a revision of its text added (its
 * annotations re-anchored with it). A reader reloads it (or leaves).
 */
export const STATEMENT_LIFECYCLE_EVENT_TYPES = [
  "statement.updated",
  "statement.deleted",
  "statement.restored",
  "statement.revised",
] as const;
export type StatementLifecycleEventType = (typeof STATEMENT_LIFECYCLE_EVENT_TYPES)[number];
export const StatementLifecycleEvent = z.object({
  type: z.enum(STATEMENT_LIFECYCLE_EVENT_TYPES),
  statement: StatementEventSubject,
  ...eventFields,
});
export type StatementLifecycleEvent = z.infer<typeof StatementLifecycleEvent>;

/**
 * A codebook operation (a merge, split, deletion or bulk change, or an undo of one) changed the codes of some of the
 * statement's annotations: one event per statement and operation, naming each annotation and the version it reached.
 * A reader holding an older version loads the statement's annotations again (one operation may touch thousands).
 */
export const RECODED_EVENT_TYPE = "annotations.recoded";
export const RecodedEvent = z.object({
  type: z.literal(RECODED_EVENT_TYPE),
  annotations: z.array(z.object({ id: Uuid, version: z.number().int() })),
  ...eventFields,
});
export type RecodedEvent = z.infer<typeof RecodedEvent>;

/**
 * Changes to the workspace's codebook, one event per operation, carried by every statement's stream of the workspace
 * (and listed in its activity): a rename is one `code.renamed`, however many annotations carry the code. Annotations
 * whose codes an operation changed are named by `annotations.recoded` besides.
 */
export const CODEBOOK_EVENT_TYPES = [
  "code.created",
  "code.renamed",
  "code.edited",
  "code.deprecated",
  "code.merged",
  "code.split",
  "code.deleted",
  "codes.applied",
  "codebook.imported",
  "codebook.undone",
] as const;
export type CodebookEventType = (typeof CODEBOOK_EVENT_TYPES)[number];

const CodeName = z.object({ id: Uuid, name: z.string(), type: z.enum(CODE_TYPES) });
/** What a codebook operation did: to which code (null for one over several), its name before a rename, where a merge or split sent its annotations, and how many annotations it touched. */
export const CodebookChangeSummary = z.object({
  code: CodeName.nullable(),
  previousName: z.string().nullable(),
  into: CodeName.nullable(),
  annotations: z.number().int(),
});
export type CodebookChangeSummary = z.infer<typeof CodebookChangeSummary>;
export const CodebookEvent = z.object({ type: z.enum(CODEBOOK_EVENT_TYPES), change: CodebookChangeSummary, ...eventFields });
export type CodebookEvent = z.infer<typeof CodebookEvent>;

/** Every change a statement's stream carries: to its annotations, to the comments on them, to itself, and to its workspace's codebook. */
export const STATEMENT_EVENT_TYPES = [
  ...ANNOTATION_EVENT_TYPES,
  RECODED_EVENT_TYPE,
  ...COMMENT_EVENT_TYPES,
  ...STATEMENT_LIFECYCLE_EVENT_TYPES,
  ...CODEBOOK_EVENT_TYPES,
] as const;
export const StatementEvent = z.union([AnnotationEvent, RecodedEvent, CommentEvent, StatementLifecycleEvent, CodebookEvent]);
export type StatementEvent = z.infer<typeof StatementEvent>;

/** Who has the statement open now (distinct users); also streamed as the `presence` event on every change. */
export const Readers = z.object({ readers: z.array(UserRef) });
export type Readers = z.infer<typeof Readers>;

/**
 * The first message of every stream (`event: ready`, with an `id:` so the browser's own reconnect resumes from
 * there). `resumed` is false when the stream started at the latest event rather than at the Last-Event-ID sent
 * (none was sent, or it named no event of this statement): a client holding older data should reload it.
 */
export const StreamReady = z.object({ resumed: z.boolean() });

/** An event ID as sent back: digits, short enough to be a PostgreSQL bigint. */
export const EVENT_ID = /^(0|[1-9]\d{0,17})$/;
export const StatementEventsQuery = z.strictObject({
  /** For clients that cannot set the Last-Event-ID header when they reconnect. */
  lastEventId: z.string().regex(EVENT_ID, "an event ID: digits").optional(),
});

/** The header a create may carry so that a retry of the same request does not create a second annotation. */
export const IdempotencyKey = z.string().min(1).max(200);
