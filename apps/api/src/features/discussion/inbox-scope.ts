import type { Actor } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * One's own items in the current workspace, on comments and annotations that are not deleted, on statements that are not. The OR sits in an
 * AND so that a caller's own OR (the list's cursor) adds to it rather than replacing it.
 */
const live: Prisma.AnnotationWhereInput = { deletedAt: null, statement: { deletedAt: null } };

export const inboxScope = (actor: Actor): Prisma.InboxItemWhereInput => ({
  userId: actor.userId,
  workspaceId: actor.workspaceId,
  AND: [
    {
      OR: [{ comment: { deletedAt: null, annotation: live } }, { review: { annotation: live } }],
    },
  ],
});
