import type { Actor } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** One's own items in the current workspace, on comments and annotations that are not deleted. */
export const inboxScope = (actor: Actor): Prisma.InboxItemWhereInput => ({
  userId: actor.userId,
  workspaceId: actor.workspaceId,
  comment: { deletedAt: null, annotation: { deletedAt: null } },
});
