import type { Prisma } from "../../generated/prisma/client.ts";
import { upsertVerdictItem } from "./inbox-sql.ts";

/**
 * Tells an annotation's author of a reviewer's verdict, in the review's transaction.
 *
 * - Never of their own review: they know what they decided. An item from an earlier reviewer stays as it was,
 *   since it still says truly what that reviewer decided.
 * - One verdict item per annotation: a later review (a changed verdict, a confirmation, another reviewer) takes
 *   the place of the earlier one, moves it to the top and marks it unread again, rather than adding a second.
 *   What the author needs is the verdict in force; "accepted", "rejected", "accepted" about one passage is noise,
 *   and the annotation's history keeps every review.
 */
export async function notifyVerdict(
  tx: Prisma.TransactionClient,
  opts: { workspaceId: string; annotationId: string; authorId: string; reviewId: string; reviewerId: string },
): Promise<void> {
  if (opts.authorId === opts.reviewerId) return;
  await upsertVerdictItem(tx, {
    workspaceId: opts.workspaceId,
    userId: opts.authorId,
    annotationId: opts.annotationId,
    reviewId: opts.reviewId,
    reviewerId: opts.reviewerId,
  });
}
