import type { DbOrTx } from "../../db/in-transaction.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export interface InboxItemsInput {
  workspaceId: string;
  commentId: string;
  actorId: string;
  recipients: readonly { userId: string; reason: "mention" | "reply" }[];
}

/**
 * One inbox item per recipient who is a member of the workspace (the others are skipped in the same statement).
 * A mention added to a comment the member already had as a reply turns that item into an unread mention; any
 * other item already there is left as it is.
 */
export async function insertInboxItems(tx: Prisma.TransactionClient, opts: InboxItemsInput): Promise<void> {
  const rows = JSON.stringify(opts.recipients.map((r) => ({ user_id: r.userId, reason: r.reason })));
  await tx.$executeRaw`
    INSERT INTO inbox_items (id, user_id, workspace_id, reason, comment_id, actor_id, created_at)
    SELECT gen_random_uuid(), r.user_id, ${opts.workspaceId}::uuid, r.reason, ${opts.commentId}::uuid, ${opts.actorId}::uuid,
           clock_timestamp()
    FROM jsonb_to_recordset(${rows}::jsonb) AS r(user_id uuid, reason text)
    WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = r.user_id AND m.workspace_id = ${opts.workspaceId}::uuid)
    ON CONFLICT (user_id, comment_id) DO UPDATE SET reason = 'mention', read_at = NULL, created_at = EXCLUDED.created_at
    WHERE inbox_items.reason <> 'mention' AND EXCLUDED.reason = 'mention'`;
}

export interface VerdictItemInput {
  workspaceId: string;
  /** The annotation's author, who is told. */
  userId: string;
  annotationId: string;
  reviewId: string;
  reviewerId: string;
}

/**
 * The author's verdict item for the annotation, if they are still a member: inserted, or, when one is already
 * there, pointed at this review by this reviewer, moved to now and marked unread (inbox-verdict.ts says why).
 */
export async function upsertVerdictItem(tx: Prisma.TransactionClient, v: VerdictItemInput): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO inbox_items (id, user_id, workspace_id, reason, review_id, verdict_annotation_id, actor_id, created_at)
    SELECT gen_random_uuid(), ${v.userId}::uuid, ${v.workspaceId}::uuid, 'verdict', ${v.reviewId}::uuid, ${v.annotationId}::uuid,
           ${v.reviewerId}::uuid, clock_timestamp()
    WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = ${v.userId}::uuid AND m.workspace_id = ${v.workspaceId}::uuid)
    ON CONFLICT (user_id, verdict_annotation_id) DO UPDATE
    SET review_id = EXCLUDED.review_id, actor_id = EXCLUDED.actor_id, created_at = EXCLUDED.created_at, read_at = NULL`;
}

/** Each annotation's starting paragraph's ¶ in its statement's current text; absent when that text has none. */
export async function currentParagraphNumbers(db: DbOrTx, annotationIds: readonly string[]): Promise<Map<string, number>> {
  if (annotationIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ annotation_id: string; number: number }[]>`
    SELECT a.id AS annotation_id, p.number
    FROM annotations a
    JOIN statements s ON s.id = a.statement_id
    JOIN revisions rv ON rv.statement_id = s.id AND rv.number = s.current_revision
    JOIN paragraphs p ON p.revision_id = rv.id AND p.canonical_id = a.paragraph_id
    WHERE a.id = ANY(${[...annotationIds]}::uuid[]) AND p.number IS NOT NULL`;
  return new Map(rows.map((r) => [r.annotation_id, r.number]));
}
