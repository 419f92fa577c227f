import type { Prisma } from "../../generated/prisma/client.ts";
import { insertInboxItems } from "./inbox-sql.ts";

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
  await insertInboxItems(tx, opts);
}
