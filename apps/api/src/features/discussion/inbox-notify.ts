import type { Prisma } from "../../generated/prisma/client.ts";

export interface Recipient {
  userId: string;
  reason: "mention" | "reply";
}

/**
 * Who hears of a comment: each mentioned member, and whoever it answers (the parent comment's author, or the
 * annotation's for a top-level comment). Never its own author; one item each, and a mention wins over a reply.
 */
export function inboxRecipients(opts: { authorId: string; mentioned: readonly string[]; repliesTo: string | null }): Recipient[] {
  const out: Recipient[] = opts.mentioned.filter((id) => id !== opts.authorId).map((userId) => ({ userId, reason: "mention" }));
  const to = opts.repliesTo;
  if (to && to !== opts.authorId && !opts.mentioned.includes(to)) out.push({ userId: to, reason: "reply" });
  return out;
}

/**
 * Writes the inbox items in the comment's transaction, for recipients who are members of the workspace. A mention
 * added to a comment the member already had as a reply turns that item into an unread mention.
 */
export async function notifyInbox(
  tx: Prisma.TransactionClient,
  opts: { workspaceId: string; commentId: string; actorId: string; recipients: readonly Recipient[] },
): Promise<void> {
  if (opts.recipients.length === 0) return;
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
