import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { countUnread } from "./inbox-count.ts";

/** Marks the member's own items read: the IDs given (anyone else's simply match nothing), or all of them. */
export async function markInboxRead(db: Db, opts: { actor: Actor; ids?: string[] | undefined; all?: true | undefined }): Promise<number> {
  const { actor } = opts;
  await db.inboxItem.updateMany({
    where: { userId: actor.userId, workspaceId: actor.workspaceId, readAt: null, ...(opts.all ? {} : { id: { in: opts.ids ?? [] } }) },
    data: { readAt: new Date() },
  });
  return countUnread(db, actor);
}
