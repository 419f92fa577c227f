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
