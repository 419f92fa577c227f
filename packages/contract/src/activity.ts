import { z } from "zod";
import { AnnotationKind, ReviewStatus } from "./annotations.ts";
import { UserRef } from "./auth.ts";
import { csvOf, Page, Uuid } from "./common.ts";
import { ANNOTATION_EVENT_TYPES, CODEBOOK_EVENT_TYPES, CodebookChangeSummary, COMMENT_EVENT_TYPES, EVENT_ID } from "./live.ts";

/**
 * What `type` filters by: whole families or single event types. `annotation` is every change to a tag except a
 * review (created, updated, deleted, restored), `review` is annotation.reviewed, `comment` is every comment event,
 * `codebook` every codebook operation (code.renamed, code.merged, …).
 */
export const ACTIVITY_FAMILIES = ["annotation", "review", "comment", "codebook"] as const;
export const ActivityType = z.enum([...ACTIVITY_FAMILIES, ...ANNOTATION_EVENT_TYPES, ...COMMENT_EVENT_TYPES, ...CODEBOOK_EVENT_TYPES]);
export type ActivityType = z.infer<typeof ActivityType>;

export const ActivityQuery = z.strictObject({
  /** Only what this member did. A user who is not a member simply has no activity. */
  member: Uuid.optional(),
  /** Only changes to this statement (its slug or ID). */
  statement: z.string().trim().min(1).max(200).optional(),
  type: csvOf(ActivityType).optional(),
  /** The nextCursor of the previous page. */
  cursor: z.string().regex(EVENT_ID, "a cursor this API gave out").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ActivityQuery = z.infer<typeof ActivityQuery>;

export const ActivityItem = z.object({
  /** The event's ID. */
  id: z.string(),
  /** The event type (annotation.created, comment.created, …); types this version does not know are passed on as they are. */
  type: z.string(),
  at: z.string(),
  actor: UserRef,
  /** The statement changed in; null for a change to the workspace's codebook. */
  statement: z.object({ slug: z.string(), title: z.string() }).nullable(),
  /** The annotation the change is about: the one changed, reviewed or commented on. */
  annotation: z
    .object({
      id: Uuid,
      kind: AnnotationKind,
      /** The quoted words, shortened to about 160 characters. */
      quote: z.string(),
      /** Where it starts, for a deep link to the paragraph (slug#p7). */
      paragraphId: z.string(),
    })
    .nullable(),
  review: z.object({ status: ReviewStatus }).nullable(),
  comment: z.object({ id: Uuid, excerpt: z.string() }).nullable(),
  /** A codebook operation (code.renamed, code.merged, …): what it did. */
  codebook: CodebookChangeSummary.nullable(),
});
export type ActivityItem = z.infer<typeof ActivityItem>;

/** Newest first. */
export const ActivityPage = Page(ActivityItem);
export type ActivityPage = z.infer<typeof ActivityPage>;
