import type { Actor } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * One's own items in the current workspace, on comments and annotations that are not deleted. The OR sits in an
 * AND so that a caller's own OR (the list's cursor) adds to it rather than replacing it.
 */
export const inboxScope = (actor: Actor): Prisma.InboxItemWhereInput => ({
  userId: actor.userId,
  workspaceId: actor.workspaceId,
  AND: [
    {
      OR: [{ comment: { deletedAt: null, annotation: { deletedAt: null } } }, { review: { annotation: { deletedAt: null } } }],
    },
  ],
});
