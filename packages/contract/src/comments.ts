import { z } from "zod";
import { AnnotationKind, ReviewRequest } from "./annotations.ts";
import { UserRef } from "./auth.ts";
import { Cursor, Uuid } from "./common.ts";
import { CommentDoc, commentDocToText, MAX_COMMENT_CHARS, MAX_MENTIONS, mentionIdsOf } from "./comment-body.ts";

export * from "./comment-body.ts";

/**
 * A comment's body: a Tiptap document (the note editor's nodes plus `mention` { id, label }) or plain text, which
 * cannot mention anyone. Either way it must hold some text, at most 10,000 characters of it.
 */
export const CommentBodyInput = z
  .union([z.string().max(MAX_COMMENT_CHARS), CommentDoc])
  .refine((b) => (typeof b === "string" ? b : commentDocToText(b)).trim() !== "", "a comment needs some text")
  .refine(
    (b) => (typeof b === "string" ? b : commentDocToText(b)).length <= MAX_COMMENT_CHARS,
    `a comment holds at most ${MAX_COMMENT_CHARS} characters`,
  )
  .refine((b) => typeof b === "string" || mentionIdsOf(b).length <= MAX_MENTIONS, `a comment mentions at most ${MAX_MENTIONS} members`);
export type CommentBodyInput = z.infer<typeof CommentBodyInput>;

export const CreateCommentRequest = z.strictObject({
  body: CommentBodyInput,
  /** The comment this one replies to: a comment on the same annotation that is not deleted (else 404). */
  parentId: Uuid.optional(),
});
export const UpdateCommentRequest = z.strictObject({ version: z.number().int().min(1), body: CommentBodyInput });

export const CommentAbilities = z.object({ edit: z.boolean(), delete: z.boolean() });
export type CommentAbilities = z.infer<typeof CommentAbilities>;

export const Comment = z.object({
  id: Uuid,
  annotationId: Uuid,
  statementId: Uuid,
  statementSlug: z.string(),
  parentId: Uuid.nullable(),
  author: UserRef,
  /** Plain text; a mention reads "@Name". Empty for a deleted comment. */
  body: z.string(),
  /** The Tiptap document (every mention labelled with the member's name); null for a deleted comment. */
  bodyDoc: CommentDoc.nullable(),
  mentions: z.array(UserRef),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Listed only while it has replies, so that a thread keeps its shape. */
  deleted: z.boolean(),
  /** What the caller may do with it, as the API's policy decides. */
  can: CommentAbilities,
});
export type Comment = z.infer<typeof Comment>;
export const CommentResponse = z.object({ comment: Comment });
/** Oldest first. */
export const CommentList = z.object({ items: z.array(Comment) });

export const INBOX_REASONS = ["mention", "reply", "verdict"] as const;
export const InboxReason = z.enum(INBOX_REASONS);

export const InboxQuery = z.strictObject({
  filter: z.enum(["unread", "all"]).default("all"),
  cursor: Cursor,
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

const inboxItemFields = {
  id: Uuid,
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** Who wrote the comment, or gave the verdict. */
  actor: UserRef,
  /**
   * `paragraphId` is where the annotation starts, for the reader's deep link (`/s/slug#p7`); `paragraphNumber` is
   * that paragraph's ¶ in the current text (null when the current text has no numbered paragraph of that ID).
   */
  annotation: z.object({
    id: Uuid,
    kind: AnnotationKind,
    quote: z.string(),
    paragraphId: z.string(),
    paragraphNumber: z.number().int().nullable(),
  }),
  statement: z.object({ slug: z.string(), title: z.string() }),
};
/** A comment that mentions the member, or answers them (their comment, or their annotation). */
export const CommentInboxItem = z.object({
  ...inboxItemFields,
  reason: z.enum(["mention", "reply"]),
  comment: z.object({ id: Uuid, excerpt: z.string() }),
});
/** A reviewer's verdict on the member's annotation: the latest one, with the reviewer's comment when it had one. */
export const VerdictInboxItem = z.object({
  ...inboxItemFields,
  reason: z.literal("verdict"),
  review: z.object({ id: Uuid, status: ReviewRequest.shape.status, comment: z.string().nullable() }),
});
export type VerdictInboxItem = z.infer<typeof VerdictInboxItem>;
export const InboxItem = z.discriminatedUnion("reason", [CommentInboxItem, VerdictInboxItem]);
export type InboxItem = z.infer<typeof InboxItem>;
/** Newest first; `unread` counts every unread item, not only this page's. */
export const InboxPage = z.object({ items: z.array(InboxItem), nextCursor: z.string().nullable(), unread: z.number().int().min(0) });
export const InboxCount = z.object({ unread: z.number().int().min(0) });

/** Either some of one's own items by ID (anyone else's are ignored) or all of them. */
export const MarkInboxReadRequest = z
  .strictObject({ ids: z.array(Uuid).min(1).max(500).optional(), all: z.literal(true).optional() })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), "send either ids or all: true");
export * from "./comment-thread.ts";
